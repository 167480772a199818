/** The search index's documents, a static file in both the server build and the static export. */
import { getEventsFile } from "@/lib/data";
import { buildSearchDocs } from "@/lib/search-docs";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildSearchDocs(getEventsFile()));
}
