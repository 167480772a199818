import { EventLink } from "@/components/EventLink";

type Neighbour = { id: string; title: string } | null;

/** Links to the events just before and after this one in time order (the filters travel with them). */
export function PreviousNext({ previous, next }: { previous: Neighbour; next: Neighbour }) {
  if (!previous && !next) return null;
  const link = "block rounded-md border border-slate-200 p-2 text-sm text-blue-800 hover:bg-slate-50";
  return (
    <nav aria-label="Previous and next events" className="mt-4 grid grid-cols-2 gap-2">
      {previous ? (
        <EventLink eventId={previous.id} className={link}>
          <span className="block text-xs text-slate-600">← Previous event</span>
          {previous.title}
        </EventLink>
      ) : (
        <span />
      )}
      {next && (
        <EventLink eventId={next.id} className={`${link} text-right`}>
          <span className="block text-xs text-slate-600">Next event →</span>
          {next.title}
        </EventLink>
      )}
    </nav>
  );
}
