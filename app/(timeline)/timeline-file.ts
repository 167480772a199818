import { preload } from "react-dom";
import { getCounts } from "@/lib/data";
import { TIMELINE_FILE } from "@/lib/data-files";

/**
 * Up to this many events, every page carries their entries (the chart draws at once, the lists are in
 * the HTML for readers without JavaScript). Past it, pages would grow with the corpus (and the build
 * with its square): they load /data/timeline.json instead. TIMELINE_INLINE_EVENTS overrides it.
 */
const INLINE_EVENTS = Number(process.env.TIMELINE_INLINE_EVENTS ?? 500);

/** Whether the pages carry every event's entry rather than load the timeline file. */
export function timelineInlined(): boolean {
  return getCounts().events <= INLINE_EVENTS;
}

/**
 * Has the page's <head> ask for the timeline file at once, while the scripts load, not after they have
 * run: where the chart is the page (`/`), its first draw waits on it. Low priority: the page's own
 * scripts come first (on a slow link, a high-priority file of a few hundred kilobytes held them back).
 * The same request mode as fetch()'s, so the browser hands the preloaded response to useTimelineData's
 * fetch. An event's page does not: its panel is what the reader came for, already in the HTML, and the
 * file (130 KB gzip at 10,000 events) would share a slow link with the scripts that make it work.
 */
export function preloadTimelineFile(): void {
  if (!timelineInlined()) preload(TIMELINE_FILE, { as: "fetch", crossOrigin: "anonymous", fetchPriority: "low" });
}
