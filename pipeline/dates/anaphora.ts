import { addMonths, formatMonth, pad } from "../util/calendar";
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

/**
 * "On May 22, 1995, he was promoted, and the following year he ..." -> 1996. "The following
 * year/month" and "the previous year/month" point from the last explicit date named before them
 * in the story (TimeML anchors them to that time, not to the document date). Without such a
 * date within reach, the reference-based value stays.
 */
// About two paragraphs: further back, the story has likely moved on from that date.
const ANCHOR_REACH = 600;

export function anchorAnaphoricPeriods(candidates: Candidate[]): Candidate[] {
  let anchor: Candidate | null = null;
  return candidates.map((candidate) => {
    const anaphoric = /^anaphoric-(following|previous)-(year|month)$/.exec(candidate.rule);
    if (anaphoric && anchor && candidate.start - anchor.end < ANCHOR_REACH) {
      const value = shiftAnchor(anchor.value, anaphoric[2] ?? "", anaphoric[1] === "following" ? 1 : -1);
      if (value) return { ...candidate, value, rule: `${candidate.rule}-anchored` };
    }
    if (candidate.basis === "explicit" && candidate.type === "DATE" && YEAR_OR_MONTH.test(candidate.value)) anchor = candidate;
    return candidate;
  });
}
