import { getEventsFile, getTimelineEntries } from "@/lib/data";
import { TimelineShell } from "@/components/TimelineShell";

/** `/` and `/events/<id>/` share the filters, the chart and the lists; the page is the panel beside them. */
export default function TimelineLayout({ children }: { children: React.ReactNode }) {
  // Only ids and titles: the source filter names articles, it does not need their text.
  const articles = getEventsFile().articles.map((a) => ({ id: a.id, title: a.title }));
  return (
    <TimelineShell entries={getTimelineEntries()} articles={articles}>
      {children}
    </TimelineShell>
  );
}
