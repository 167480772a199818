/**
 * The whole collection in each export format (lib/exports), as static files: /data/exports/events.csv,
 * events.ics, timelinejs.json, plover.jsonl — the same bytes `npm run extract` writes next to
 * events.json when built with the same SITE_URL and config. Past PLAIN_WHOLE_EXPORTS_UP_TO events
 * they are served gzipped (events.csv.gz...), which keeps a 100,000-event site's output in bounds.
 * The timeline page's Download control links them ("every event"); what it builds itself is the
 * current view.
 */
import { getCounts, getExportFiles } from "@/lib/data";
import { EXPORT_FILES, EXPORT_FORMAT_LIST, wholeExportName } from "@/lib/exports/formats";
import { gzipResponse } from "@/lib/gzip-response";

export const dynamic = "force-static";
export const dynamicParams = false;

/** Each format's served name, with its plain name and media type. */
function servedFiles() {
  const total = getCounts().events;
  return EXPORT_FORMAT_LIST.map((format) => ({ ...EXPORT_FILES[format], name: wholeExportName(EXPORT_FILES[format].file, total) }));
}

export function generateStaticParams(): { file: string }[] {
  return servedFiles().map(({ name }) => ({ file: name }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file: name } = await params;
  const served = servedFiles().find((f) => f.name === name);
  if (!served) return new Response("No such export", { status: 404 });
  const text = getExportFiles()[served.file]!;
  if (served.name === served.file) return new Response(text, { headers: { "content-type": served.mime } });
  return gzipResponse(text);
}
