/**
 * Recognises a line that is only a publication date ("Jan 03, 2022", "Published: January 3, 2022 10:25 AM ET",
 * "2022-01-03") with chrono-node. A date line must name its year: a bare "January 4" is not a publication date.
 */
import * as chrono from "chrono-node";
import { isValidIsoDay } from "../util/calendar";

const LABEL = /^(?:published|updated|posted|last updated|date|first published)\s*(?:on)?\s*:?\s*/i;
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseDateLine(line: string): string | null {
  const trimmed = line.trim().replace(LABEL, "");
  if (!trimmed || trimmed.length > 60) return null;
  const iso = ISO_DATE.exec(trimmed);
  if (iso?.[1]) return isValidIsoDay(iso[1]) ? iso[1] : null;
  const results = chrono.strict.parse(trimmed, new Date(Date.UTC(2000, 0, 1)));
  const first = results[0];
  if (!first || results.length > 2) return null;
  const { start } = first;
  if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) return null;
  // The date (with an optional time after it) must be the whole line, not a date inside a sentence.
  const leftover = (trimmed.slice(0, first.index) + trimmed.slice(first.index + first.text.length))
    .replace(/\b(?:at|am|pm|a\.m\.|p\.m\.|gmt|utc|et|est|edt|ist|cet|bst|\d{1,2}:\d{2})\b/gi, "")
    .replace(/[\s,|·\-–—:.()]+/g, "");
  if (leftover.length > 3) return null;
  const y = start.get("year"), m = start.get("month"), d = start.get("day");
  if (y == null || m == null || d == null) return null;
  const value = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return isValidIsoDay(value) ? value : null;
}
