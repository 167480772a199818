import { addMonths, formatDay, formatMonth, pad, parseDay, weekdayOf } from "../util/calendar";
import type { Candidate } from "./types";

const YEAR_OR_MONTH = /^(\d{4})(?:-(\d{2}))?(?:-\d{2})?(?:T.*)?$/;

/** Shifts an anchor value by `delta` units (year or month) when the anchor is precise enough. */
function shiftAnchor(anchor: string, unit: string, delta: number): string | null {
  const match = YEAR_OR_MONTH.exec(anchor);
  if (!match) return null;
  const year = Number(match[1]);
  if (unit === "year") return pad(year + delta, 4);
  if (unit === "month" && match[2]) {
    const shifted = addMonths(year, Number(match[2]), delta);
    return formatMonth(shifted.year, shifted.month);
  }
  return null;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** "that quarter" after "the 1988 second quarter": that quarter (delta 0); only from a quarter or a month. */
function quarterOfAnchor(anchor: string, delta: number): string | null {
  if (delta !== 0) return null;
  const quarter = QUARTER.exec(anchor);
  if (quarter) return anchor;
  const month = /^(\d{4})-(\d{2})/.exec(anchor);
  return month ? `${month[1]}-Q${Math.floor((Number(month[2]) - 1) / 3) + 1}` : null;
}

/** "the previous Friday" after a story day: the latest such weekday strictly before that day. */
function previousWeekdayBefore(anchor: string, weekday: number): string | null {
  const day = parseDay(anchor);
  if (day === null) return null;
  return formatDay(day - (((weekdayOf(day) - weekday + 7) % 7) || 7));
}

/**
 * "On May 22, 1995, he was promoted, and the following year he ..." -> 1996. "The following
 * year/month" and "the previous year/month" point from the last explicit date named before them
 * in the story (TimeML anchors them to that time, not to the document date); "that year", "that
 * month" and "that quarter" are that same period. Without such a
 * date within reach, the reference-based value stays. "The previous Friday" likewise points
 * from the last day the story named.
 */
// About two paragraphs: further back, the story has likely moved on from that date.
const ANCHOR_REACH = 600;
// The day a report is about (a market close, a vote) stays its focus for longer: a few paragraphs.
const DAY_ANCHOR_REACH = 1000;

export function anchorAnaphoricPeriods(candidates: Candidate[]): Candidate[] {
  let anchor: Candidate | null = null;
  let dayAnchor: Candidate | null = null;
  const anchored = candidates.map((candidate) => {
    const previousWeekday = /^anaphoric-previous-weekday-(\d)$/.exec(candidate.rule);
    if (previousWeekday && dayAnchor && candidate.start - dayAnchor.end < DAY_ANCHOR_REACH) {
      const value = previousWeekdayBefore(dayAnchor.value, Number(previousWeekday[1]));
      if (value) return { ...candidate, value, rule: `${candidate.rule}-anchored` };
    }
    if (candidate.type === "DATE" && /^\d{4}-\d{2}-\d{2}$/.test(candidate.value)) dayAnchor = candidate;
    const anaphoric = /^anaphoric-(following|previous|same)-(year|month|quarter)$/.exec(candidate.rule);
    if (anaphoric && anchor && candidate.start - anchor.end < ANCHOR_REACH) {
      const delta = anaphoric[1] === "following" ? 1 : anaphoric[1] === "previous" ? -1 : 0;
      const value = anaphoric[2] === "quarter" ? quarterOfAnchor(anchor.value, delta) : shiftAnchor(anchor.value, anaphoric[2] ?? "", delta);
      if (value) return { ...candidate, value, rule: `${candidate.rule}-anchored` };
    }
    if (candidate.basis === "explicit" && candidate.type === "DATE" && (YEAR_OR_MONTH.test(candidate.value) || QUARTER.test(candidate.value))) anchor = candidate;
    return candidate;
  });
  // "that year" with no year named before it has nothing to point at: better no value than a guess.
  return anchored.filter((candidate) => !/^anaphoric-same-/.test(candidate.rule) || candidate.rule.endsWith("-anchored"));
}
