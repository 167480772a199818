/** A slim timeline entry for unit tests: a day-dated CONSULT event with no actors, overridable. */
import type { TimelineEntry } from "@/lib/view";

export function testEntry(id: string, over: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    id, title: id, type: "CONSULT", status: "occurred", dateShort: null, unresolvedDate: null, actors: [], articleIds: ["a1"], countries: [],
    date: { start: "2022-01-10", end: "2022-01-10", precision: "day" },
    ...over,
  };
}
