/**
 * Wire datelines at the start of a story: "Washington [US], January 4 :", "MOSCOW, Jan 3 (Reuters) -",
 * "KYIV, Ukraine (AP) —", "GENEVA --". The dateline says where (and sometimes on which day) the story was
 * filed; it is not part of the story's sentences, and its day is often one off the publication date.
 */
import * as chrono from "chrono-node";
import type { Dateline } from "../../lib/schema";
import { daysBetween, isValidIsoDay } from "../util/calendar";

// A place of one to four capitalised words, an optional [COUNTRY] tag, an optional ", Region",
// an optional ", Month Day[, Year]", an optional (Agency), then a separator.
const DATELINE =
  /^([A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3})(?:\s*\[([A-Za-z .]{1,20})\])?(?:,\s*([A-Z][A-Za-z.' ]{1,25}?))??(?:,\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?))?\s*(?:\(([A-Za-z .&-]{1,30})\))?\s*(?::|--|-|–|—)\s+/;

export interface DatelineMatch {
  dateline: Dateline;
  /** Length of the dateline prefix including the separator and following spaces. */
  length: number;
}

export function parseDateline(paragraph: string, published: string | null): DatelineMatch | null {
  const m = DATELINE.exec(paragraph.slice(0, 160));
  if (!m) return null;
  const [whole, place = "", tag, region, dateText, agency] = m;
  const isAllCaps = place.length > 2 && place === place.toUpperCase();
  // Without a strong sign this could be the start of an ordinary sentence ("Biden: ...").
  if (!tag && !dateText && !agency && !isAllCaps) return null;
  const date = dateText ? resolveDatelineDay(dateText, published) : null;
  const placeName = [toTitleCase(place), region].filter(Boolean).join(", ");
  return {
    dateline: { text: whole.trim().replace(/\s*(?::|--|-|–|—)$/, ""), place: placeName || null, date },
    length: whole.length,
  };
}

function toTitleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s-])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** "January 4" with no year: the occurrence nearest to the publication date (or null with nothing to anchor it). */
function resolveDatelineDay(text: string, published: string | null): string | null {
  const anchor = published ?? null;
  const ref = anchor ? new Date(`${anchor}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1));
  const result = chrono.strict.parse(text, ref)[0];
  if (!result) return null;
  const month = result.start.get("month"), day = result.start.get("day");
  if (month == null || day == null) return null;
  if (result.start.isCertain("year")) {
    const value = `${result.start.get("year")}-${pad(month)}-${pad(day)}`;
    return isValidIsoDay(value) ? value : null;
  }
  if (!anchor) return null;
  const year = Number(anchor.slice(0, 4));
  const candidates = [year - 1, year, year + 1]
    .map((y) => `${y}-${pad(month)}-${pad(day)}`)
    .filter(isValidIsoDay);
  candidates.sort((a, b) => Math.abs(daysBetween(anchor, a)) - Math.abs(daysBetween(anchor, b)));
  const best = candidates[0];
  // A dateline more than a few days away from the publication date is not a filing date we trust.
  return best && Math.abs(daysBetween(anchor, best)) <= 7 ? best : null;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

