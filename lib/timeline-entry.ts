/**
 * An event's slim entry (lib/view.ts TimelineEntry), made on the server. Apart from lib/view.ts because
 * it names countries (i18n-iso-countries): code the browser runs builds views, never entries.
 */
import { countryNamer, eventCountries } from "@/lib/country-names";
import { citedArticleIds } from "@/lib/exports/types";
import { formatEventDateShort } from "@/lib/format";
import type { EventsFile, TimelineEvent } from "@/lib/schema";
import { compareEvents, type EventView, type TimelineEntry } from "@/lib/view";

export function toTimelineEntry(view: Pick<EventView, "event" | "dateShort">, nameOf: (code: string) => string): TimelineEntry {
  const { event } = view;
  const date = event.date ? { start: event.date.start, end: event.date.end, precision: event.date.precision } : null;
  return {
    id: event.id,
    title: event.title,
    type: event.type,
    status: event.status,
    date,
    dateShort: view.dateShort,
    unresolvedDate: event.unresolvedDate ?? null,
    actors: [...new Set(event.actors.map((a) => a.name))],
    articleIds: citedArticleIds(event),
    countries: eventCountries(event, nameOf),
  };
}

/** Every event's entry in timeline order (chronological, undated last), without building their panels. */
export function timelineEntriesOf(file: EventsFile, ordered: readonly TimelineEvent[] = [...file.events].sort(compareEvents)): TimelineEntry[] {
  const nameOf = countryNamer(file.events);
  return ordered.map((event) => toTimelineEntry({ event, dateShort: event.date ? formatEventDateShort(event.date) : null }, nameOf));
}
