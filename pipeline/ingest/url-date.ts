/**
 * News sites put the publication day in article URLs: /2022/01/03/, /2022-01-03/, /20220103/.
 * Used only when nothing better dates the article; a path without a full, real day gives nothing.
 */
import { isValidIsoDay } from "../util/calendar";

const PATTERNS = [
  /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})(?:\/|$)/,
  /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/,
  /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/,
];

export function dayFromUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const pattern of PATTERNS) {
    const m = pattern.exec(path);
    if (!m) continue;
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    if (isValidIsoDay(day)) return day;
  }
  return null;
}
