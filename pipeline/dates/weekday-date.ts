import { epochDay, formatDay, isValidDate, weekdayOf } from "../util/calendar";
import { weekdayIndex } from "./lexicon";
import type { Candidate, RuleContext } from "./types";

const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The year in which month/day falls on the named weekday, nearest the given year (±1); the
 * given year when none does. "Saturday, April 25" written in 1998 is 1998-04-25, a Saturday.
 */
export function yearMatchingWeekday(year: number, month: number, day: number, weekday: number): number {
  for (const candidate of [year, year - 1, year + 1]) {
    if (isValidDate(candidate, month, day) && weekdayOf(epochDay(candidate, month, day)) === weekday) return candidate;
  }
  return year;
}

/**
 * "Saturday, April 25", "Monday, Jan. 10, 2022": a weekday in apposition to a calendar date is one
 * date, valued by the date. When the date has no year, the weekday picks it. Runs after the
 * overlap stage, on the weekday and the date found side by side.
 */
export function mergeWeekdayWithDate(candidates: Candidate[], context: RuleContext): Candidate[] {
  const merged: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const weekday = candidates[i]!;
    const date = candidates[i + 1];
    const between = date ? context.text.slice(weekday.end, date.start) : "";
    const dayMatch = date ? DAY_VALUE.exec(date.value) : null;
    if (!date || !dayMatch || !weekday.rule.startsWith("weekday-") || weekday.type !== "DATE" || !/^,?\s{1,2}$/.test(between)) {
      merged.push(weekday);
      continue;
    }
    const named = weekdayIndex(context.text.slice(weekday.start, weekday.end).split(/\s+/).pop() ?? "");
    const [year, month, day] = [Number(dayMatch[1]), Number(dayMatch[2]), Number(dayMatch[3])];
    const fixedYear = date.basis === "explicit" || named < 0 ? year : yearMatchingWeekday(year, month, day, named);
    merged.push({ ...date, start: weekday.start, value: formatDay(epochDay(fixedYear, month, day)), rule: `weekday-with-${date.rule}` });
    i++;
  }
  return merged;
}
