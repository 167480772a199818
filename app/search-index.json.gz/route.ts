/**
 * The search index's documents (lib/search-docs.ts), gzipped, as a static file in both the server
 * build and the static export. Stored compressed because it is the passages' full text: 41 MB plain
 * at 100,000 events, 10 MB gzipped (docs/scale.md); hosts would compress it on the wire anyway, so
 * readers fetch about as many bytes. The search worker inflates it (lib/gzip-json.ts).
 */
import { getEventsFile } from "@/lib/data";
import { gzipJsonResponse } from "@/lib/gzip-response";
import { buildSearchDocs } from "@/lib/search-docs";

export const dynamic = "force-static";

export function GET() {
  return gzipJsonResponse(buildSearchDocs(getEventsFile()));
}
