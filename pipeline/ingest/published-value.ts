/** A publication date as metadata gives it (front matter, .jsonl): an ISO day or date-time naming a real day. */
import { isValidIsoDay } from "../util/calendar";

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)? ?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** "2022-01-03" or "2022-01-03T09:00:00Z" → "2022-01-03"; null when it is not a real day and time ("2022-13-45", "2022-02-30"). */
export function normalisePublished(value: string | Date): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const m = ISO_DATE_TIME.exec(value.trim());
  if (!m?.[1] || !isValidIsoDay(m[1])) return null;
  if (m[2] !== undefined && (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59)) return null;
  // The calendar day as the publisher wrote it: a time zone offset does not move the day.
  return m[1];
}
