import { addMonths, epochDay, formatDay, formatIsoWeek, formatMonth, isValidDate, pad, quarterOf, toYMD, weekdayOf } from "../util/calendar";
import type { Tense } from "./types";

/**
 * Turning "Monday", "January 10", "the third quarter" into calendar values once the
 * reference day (an epoch day) and the tense are known. Past picks the latest occurrence
 * on or before the reference, future the first occurrence after it.
 */

export function weekdayFrom(reference: number, weekday: number, tense: Tense): number {
  const today = weekdayOf(reference);
  if (tense === "future") return reference + (((weekday - today + 7) % 7) || 7);
  return reference - ((today - weekday + 7) % 7);
}

/** "last Thursday": strictly before the reference, "next Friday": strictly after it. */
export function weekdayStrict(reference: number, weekday: number, direction: "last" | "next"): number {
  const today = weekdayOf(reference);
  if (direction === "next") return reference + (((weekday - today + 7) % 7) || 7);
  return reference - (((today - weekday + 7) % 7) || 7);
}

export function dayValue(epoch: number): string {
  return formatDay(epoch);
}

export function weekValue(epoch: number): string {
  return formatIsoWeek(epoch);
}

export function monthValueFrom(reference: number, delta: number): string {
  const { year, month } = toYMD(reference);
  const shifted = addMonths(year, month, delta);
  return formatMonth(shifted.year, shifted.month);
}

export function yearValueFrom(reference: number, delta: number): string {
  return pad(toYMD(reference).year + delta, 4);
}

export function quarterValueFrom(reference: number, delta: number): string {
  const { year, month } = toYMD(reference);
  const index = year * 4 + (quarterOf(month) - 1) + delta;
  return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
}

/**
 * How far from the reference a month or a day named without its year may lie, in months. The
 * tense picks the direction ("met on Jan. 10" vs "will meet on Jan. 10"), but a writer who means a
 * day ten or eleven months away names the year; so when the tense points that far while the other
 * direction is close, the tense cue is the misreading ("preferred shares", "as of Sept. 30") and
 * the nearest occurrence wins.
 */
export const TENSE_HORIZON_MONTHS = 10;
const TENSE_HORIZON_DAYS = Math.round(TENSE_HORIZON_MONTHS * 30.5);

/** Year for "January 10" without a year: the tense's direction within the horizon, else the nearest. */
export function yearForMonthDay(reference: number, month: number, day: number, tense: Tense): number {
  const year = yearForMonthDayByTense(reference, month, day, tense);
  if (isValidDate(year, month, day) && Math.abs(epochDay(year, month, day) - reference) > TENSE_HORIZON_DAYS) {
    return nearestYearForMonthDay(reference, month, day);
  }
  return year;
}

/** Past -> on or before the reference, future -> after it. */
function yearForMonthDayByTense(reference: number, month: number, day: number, tense: Tense): number {
  const { year } = toYMD(reference);
  const fits = (candidate: number) => isValidDate(candidate, month, day);
  if (tense === "future") {
    for (let y = year; y <= year + 4; y++) if (fits(y) && epochDay(y, month, day) > reference) return y;
    return year + 1;
  }
  for (let y = year; y >= year - 4; y--) if (fits(y) && epochDay(y, month, day) <= reference) return y;
  return year - 1;
}

/** Year for "January 10" when nothing tells the tense: the occurrence nearest the reference. */
export function nearestYearForMonthDay(reference: number, month: number, day: number): number {
  const { year } = toYMD(reference);
  let best = year;
  let bestDistance = Infinity;
  for (const candidate of [year - 1, year, year + 1]) {
    if (!isValidDate(candidate, month, day)) continue;
    const distance = Math.abs(epochDay(candidate, month, day) - reference);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** Year for a month without a year when nothing tells the tense: the nearest such month. */
export function nearestYearForMonth(reference: number, month: number): number {
  const { year, month: current } = toYMD(reference);
  const ahead = (month - current + 12) % 12;
  const behind = (current - month + 12) % 12;
  if (behind <= ahead) return month <= current ? year : year - 1;
  return month >= current ? year : year + 1;
}

/** Year for a month without a year ("in December"): the tense's direction within the horizon, else the nearest. */
export function yearForMonth(reference: number, month: number, tense: Tense): number {
  const year = yearForMonthByTense(reference, month, tense);
  const { year: currentYear, month: current } = toYMD(reference);
  const distance = Math.abs(year * 12 + month - (currentYear * 12 + current));
  return distance > TENSE_HORIZON_MONTHS ? nearestYearForMonth(reference, month) : year;
}

/** Past -> started on or before the reference, future -> not yet ended. */
function yearForMonthByTense(reference: number, month: number, tense: Tense): number {
  const { year, month: current } = toYMD(reference);
  if (tense === "future") return month >= current ? year : year + 1;
  return month <= current ? year : year - 1;
}

/**
 * Year for "the third quarter" without a year: the latest one that has begun (past) or not yet
 * ended (future). The quarter just ended is the exception to the future: its results are
 * reported in the weeks after it ("expects to report third-quarter results" in October), while
 * a writer meaning the quarter three quarters ahead names its year.
 */
export function yearForQuarter(reference: number, quarter: number, tense: Tense): number {
  const { year, month } = toYMD(reference);
  const current = quarterOf(month);
  const justEnded = quarter === ((current + 2) % 4) + 1;
  if (tense === "future" && !justEnded) return quarter >= current ? year : year + 1;
  return quarter <= current ? year : year - 1;
}

/** Year of a season; winter is filed under the year in which it starts (December). */
export function yearForSeason(reference: number, seasonStartMonth: number, tense: Tense): number {
  return yearForMonthByTense(reference, seasonStartMonth, tense);
}
