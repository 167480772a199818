/**
 * Every event's timeline entry as one compact static file (lib/timeline-file.ts), in the server build
 * and the static export. Pages of corpora past TIMELINE_INLINE_EVENTS load it instead of carrying
 * the entries in their HTML (app/(timeline)/layout.tsx).
 */
import { getTimelineEntries } from "@/lib/data";
import { encodeTimeline } from "@/lib/timeline-file";

export const dynamic = "force-static";

export function GET() {
  return Response.json(encodeTimeline(getTimelineEntries()));
}
