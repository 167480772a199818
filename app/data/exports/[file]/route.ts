/**
 * The whole collection in each export format (lib/exports), as static files: /data/exports/events.csv,
 * events.ics, timelinejs.json, plover.jsonl — the same bytes `npm run extract` writes next to
 * events.json when built with the same SITE_URL. The timeline page's Download control links them
 * ("every event"); what it builds itself is the current view.
 */
import { getExportFiles } from "@/lib/data";
import { EXPORT_FORMATS, EXPORT_FORMAT_LIST } from "@/lib/exports";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return EXPORT_FORMAT_LIST.map((format) => ({ file: EXPORT_FORMATS[format].file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const format = EXPORT_FORMAT_LIST.find((f) => EXPORT_FORMATS[f].file === file);
  const body = getExportFiles()[file];
  if (!format || body === undefined) return new Response("No such export", { status: 404 });
  return new Response(body, { headers: { "content-type": EXPORT_FORMATS[format].mime } });
}
