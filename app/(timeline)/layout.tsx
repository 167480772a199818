import { preload } from "react-dom";
import { dataVersion, getCounts, getTimelineData } from "@/lib/data";
import { TimelineShell } from "@/components/TimelineShell";
import { TIMELINE_FILE } from "@/lib/data-files";

/**
 * Up to this many events, every page carries their entries (the chart draws at once, the lists are in
 * the HTML for readers without JavaScript). Past it, pages would grow with the corpus (and the build
 * with its square): they load /data/timeline.json instead. TIMELINE_INLINE_EVENTS overrides it.
 */
const INLINE_EVENTS = Number(process.env.TIMELINE_INLINE_EVENTS ?? 500);

/** `/` and `/events/<id>/` share the filters, the chart and the lists; the page is the panel beside them. */
export default function TimelineLayout({ children }: { children: React.ReactNode }) {
  // `npm run dev` only ("" in a build): the events file this page is made from, read before the data
  // so that a newer file can only cause one reload too many, never one too few.
  const version = dataVersion();
  const total = getCounts().events;
  const inline = total <= INLINE_EVENTS ? getTimelineData() : null;
  // The page's <head> asks for the timeline file at once, while the scripts load, not after they
  // have run: the chart's first draw waits on it. Low priority: the page's own scripts come first
  // (on a slow link, a high-priority file of a few hundred kilobytes held them back). The same
  // request mode as fetch()'s, so the browser hands the preloaded response to useTimelineData's fetch.
  if (!inline) preload(TIMELINE_FILE, { as: "fetch", crossOrigin: "anonymous", fetchPriority: "low" });
  return (
    <TimelineShell inline={inline} total={total} dataVersion={version}>
      {children}
    </TimelineShell>
  );
}
