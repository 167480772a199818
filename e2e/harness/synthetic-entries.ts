/**
 * Synthetic timeline entries for the browser harnesses (never shipped with the app): many rows
 * with predictable order, so a spec can say which row must be where.
 */
import type { EventType } from "@/lib/schema";
import type { TimelineEntry } from "@/lib/view";

const TYPES: EventType[] = ["CONSULT", "THREATEN", "AGREE", "STATEMENT", "SANCTION"];
const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Row i is dated 2000-01-01 + i days (so date order is index order), every 50th one is undated. */
export function syntheticEntries(count: number): TimelineEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
    const undated = i % 50 === 49;
    return {
      id: `row-${pad(i, 5)}`,
      title: `Synthetic event ${pad(i, 5)}`,
      type: TYPES[i % TYPES.length]!,
      status: i % 7 === 0 ? "scheduled" : "occurred",
      date: undated ? null : { start: day, end: day, precision: "day" },
      dateShort: undated ? null : day,
      unresolvedDate: null,
      actors: i % 11 === 0 ? [] : [`Actor ${pad(i % 97, 2)}`],
      countries: [],
      articleIds: ["a1"],
    };
  });
}
