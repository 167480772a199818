import { dataVersion, getCounts, getTimelineData } from "@/lib/data";
import { TimelineShell } from "@/components/TimelineShell";
import { timelineInlined } from "./timeline-file";

/** `/` and `/events/<id>/` share the filters, the chart and the lists; the page is the panel beside them. */
export default function TimelineLayout({ children }: { children: React.ReactNode }) {
  // `npm run dev` only ("" in a build): the events file this page is made from, read before the data
  // so that a newer file can only cause one reload too many, never one too few.
  const version = dataVersion();
  const total = getCounts().events;
  // Past the inline limit the home page preloads the timeline file (./timeline-file.ts).
  const inline = timelineInlined() ? getTimelineData() : null;
  return (
    <TimelineShell inline={inline} total={total} dataVersion={version}>
      {children}
    </TimelineShell>
  );
}
