/** The articles' ids and titles (lib/timeline-file.ts ArticleTitles), for the source filter of big corpora: loaded when it is used. */
import { getTimelineData } from "@/lib/data";
import type { ArticleTitles } from "@/lib/timeline-file";

export const dynamic = "force-static";

export function GET() {
  const titles: ArticleTitles = getTimelineData().articles.map((a) => [a.id, a.title]);
  return Response.json(titles);
}
