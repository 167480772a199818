import {
  daysInMonth,
  epochDay,
  formatDay,
  isoWeekStart,
  isoWeeksInYear,
  isValidDate,
} from "../util/calendar";
import type { DaySpan } from "./types";

function daySpan(first: number, last: number, precision: DaySpan["precision"]): DaySpan {
  return { start: formatDay(first), end: formatDay(last), precision };
}

/**
 * The inclusive calendar days a TIMEX3 DATE value covers: 2022-01-03, 2021-W52, 2021-12,
 * 2022-Q1, 2014 (a TIME value with a full date, e.g. 2022-01-03T15:00, gives its day).
 * Null for anything the Precision scale cannot express honestly (decades, seasons, halves,
 * references like PAST_REF, underspecified XXXX values, durations).
 */
export function timexSpan(value: string): DaySpan | null {
  let match = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (!isValidDate(year, month, day)) return null;
    const epoch = epochDay(year, month, day);
    return daySpan(epoch, epoch, "day");
  }
  match = /^(\d{4})-W(\d{2})$/.exec(value);
  if (match) {
    const [year, week] = [Number(match[1]), Number(match[2])];
    if (week < 1 || week > isoWeeksInYear(year)) return null;
    const monday = isoWeekStart(year, week);
    return daySpan(monday, monday + 6, "week");
  }
  match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match) {
    const [year, month] = [Number(match[1]), Number(match[2])];
    if (month < 1 || month > 12) return null;
    return daySpan(epochDay(year, month, 1), epochDay(year, month, daysInMonth(year, month)), "month");
  }
  match = /^(\d{4})-Q([1-4])$/.exec(value);
  if (match) {
    const [year, quarter] = [Number(match[1]), Number(match[2])];
    const firstMonth = (quarter - 1) * 3 + 1;
    const lastMonth = firstMonth + 2;
    return daySpan(
      epochDay(year, firstMonth, 1),
      epochDay(year, lastMonth, daysInMonth(year, lastMonth)),
      "quarter",
    );
  }
  match = /^(\d{4})$/.exec(value);
  if (match) {
    const year = Number(match[1]);
    return daySpan(epochDay(year, 1, 1), epochDay(year, 12, 31), "year");
  }
  return null;
}
