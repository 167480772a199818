import { getTimelineEntries } from "@/lib/data";
import { TimelineShell } from "@/components/TimelineShell";

/** `/` and `/events/<id>/` share the chart and the lists; the page is the panel beside them. */
export default function TimelineLayout({ children }: { children: React.ReactNode }) {
  return <TimelineShell entries={getTimelineEntries()}>{children}</TimelineShell>;
}
