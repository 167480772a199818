/**
 * Calendar arithmetic on plain days, always in UTC, so results never depend on the
 * machine's time zone. A day is a count of days since 1970-01-01 (an "epoch day").
 */

const MS_PER_DAY = 86_400_000;

export interface YMD {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

export function epochDay(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function toYMD(epoch: number): YMD {
  const date = new Date(epoch * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday, as in JavaScript and chrono-node. */
export function weekdayOf(epoch: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((epoch + 4) % 7) + 7) % 7;
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

export function formatDay(epoch: number): string {
  const { year, month, day } = toYMD(epoch);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/** Parses a strict YYYY-MM-DD that names a real calendar day; null otherwise. */
export function parseDay(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return epochDay(year, month, day);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Adds calendar months, keeping year/month only (days are irrelevant at month precision). */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** ISO-8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(epoch: number): { year: number; week: number } {
  const mondayBased = (weekdayOf(epoch) + 6) % 7; // Monday = 0
  const thursday = epoch - mondayBased + 3;
  const year = toYMD(thursday).year;
  const week = Math.floor((thursday - epochDay(year, 1, 1)) / 7) + 1;
  return { year, week };
}

export function formatIsoWeek(epoch: number): string {
  const { year, week } = isoWeek(epoch);
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** The Monday that starts ISO week `week` of ISO year `year`. */
export function isoWeekStart(year: number, week: number): number {
  const jan4 = epochDay(year, 1, 4);
  const mondayOfWeek1 = jan4 - ((weekdayOf(jan4) + 6) % 7);
  return mondayOfWeek1 + (week - 1) * 7;
}

export function isoWeeksInYear(year: number): number {
  return isoWeek(epochDay(year, 12, 28)).week;
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/* ISO day strings ("2022-01-03"), for code that keeps days as text. */

export function isValidIsoDay(text: string): boolean {
  return parseDay(text) !== null;
}

/** Whole days from a to b (b − a), both YYYY-MM-DD. */
export function daysBetween(a: string, b: string): number {
  return parseDay(b)! - parseDay(a)!;
}

/** 0 = Sunday ... 6 = Saturday of a YYYY-MM-DD day. */
export function weekdayOfIsoDay(text: string): number {
  return weekdayOf(parseDay(text)!);
}
