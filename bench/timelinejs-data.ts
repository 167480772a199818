/**
 * Our events as TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html), only as
 * much as bench/timelinejs.ts needs to draw the same events in TimelineJS: a headline, the first
 * passage, the date at its precision. Deliberately minimal and local to the benchmark: the real
 * export (lib/exports, `timelinejs.json`) is its own piece of work, with its own tests.
 *
 * TimelineJS treats `text.headline` and `text.text` as HTML (it sanitizes them, but still renders
 * markup), so both are escaped here: article text is always shown as text.
 */
import type { EventDate, EventsFile } from "../lib/schema";
import { formatEventDate } from "../lib/format";

/** A TimelineJS date: the year is required, the rest optional (a coarser date is a bigger span). */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsSlide {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date: string;
  text: { headline: string; text: string };
}

export interface TimelineJsFile {
  events: TimelineJsSlide[];
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function dayOf(iso: string): TimelineJsDate {
  const [year, month, day] = iso.split("-").map(Number);
  return { year: year!, month: month!, day: day! };
}

/** Day: that day. Month and year: TimelineJS's own coarser date. Week and quarter: the days they span. */
function datesOf(date: EventDate): Pick<TimelineJsSlide, "start_date" | "end_date"> {
  const start = dayOf(date.start);
  switch (date.precision) {
    case "day":
      return { start_date: start };
    case "month":
      return { start_date: { year: start.year, month: start.month } };
    case "year":
      return { start_date: { year: start.year } };
    default:
      return { start_date: start, end_date: dayOf(date.end) };
  }
}

/** Every dated event (TimelineJS needs a start date; undated ones have no place on its axis). */
export function toTimelineJs(file: EventsFile): TimelineJsFile {
  return {
    events: file.events.flatMap((event) =>
      event.date
        ? [{ unique_id: event.id, ...datesOf(event.date), display_date: formatEventDate(event.date), text: { headline: escapeHtml(event.title), text: escapeHtml(event.sources[0]?.quote ?? "") } }]
        : [],
    ),
  };
}
