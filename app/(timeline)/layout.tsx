import { getCounts, getTimelineData } from "@/lib/data";
import { TimelineShell } from "@/components/TimelineShell";

/**
 * Up to this many events, every page carries their entries (the chart draws at once, the lists are in
 * the HTML for readers without JavaScript). Past it, pages would grow with the corpus (and the build
 * with its square): they load /data/timeline.json instead. TIMELINE_INLINE_EVENTS overrides it.
 */
const INLINE_EVENTS = Number(process.env.TIMELINE_INLINE_EVENTS ?? 500);

/** `/` and `/events/<id>/` share the filters, the chart and the lists; the page is the panel beside them. */
export default function TimelineLayout({ children }: { children: React.ReactNode }) {
  const total = getCounts().events;
  const inline = total <= INLINE_EVENTS ? getTimelineData() : null;
  return (
    <TimelineShell inline={inline} total={total}>
      {children}
    </TimelineShell>
  );
}
