/**
 * Calendar arithmetic on `YYYY-MM-DD` days, shared by the exports (lib/exports) and the pipeline
 * (which may import lib, never the other way).
 */

/**
 * The day `days` after (before, when negative) `isoDay`, in UTC: no time zone can move it.
 * setUTCFullYear, not Date.UTC, which reads years 0-99 as 1900-1999.
 */
export function addDaysToIsoDay(isoDay: string, days: number): string {
  const [year = 0, month = 1, day = 1] = isoDay.split("-").map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day + days);
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}
