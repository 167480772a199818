import { timexSpan } from "./timex-span";
import { mergeWeekdayWithDate } from "./weekday-date";
import { anchorAnaphoricPeriods } from "./anaphora";
import { epochDay } from "../util/calendar";
import type { Candidate, DateMention, RuleContext } from "./types";

/** A refiner takes the candidates so far and returns the improved list, as in chrono-node. */
export type CandidateRefiner = (candidates: Candidate[], context: RuleContext) => Candidate[];

/** Drops empty spans and anything that does not lie inside the text. */
export const dropInvalid: CandidateRefiner = (candidates, context) =>
  candidates.filter((c) => c.start >= 0 && c.end > c.start && c.end <= context.text.length);

/**
 * Keeps one mention per stretch of text: the longest wins ("January 10, 2022" over "2022",
 * "two days ago" over "two days"); on equal length the higher priority, then the earlier rule.
 */
export const removeOverlaps: CandidateRefiner = (candidates, context) => {
  const ranked = candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort(
      (a, b) =>
        b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start) ||
        b.candidate.priority - a.candidate.priority ||
        a.candidate.start - b.candidate.start ||
        a.order - b.order,
    );
  // Which characters kept mentions already cover: checking a candidate costs its own length, where comparing
  // it with every kept mention would be quadratic in the number of mentions (a long list of dates).
  const covered = new Uint8Array(context.text.length);
  const kept: Candidate[] = [];
  for (const { candidate } of ranked) {
    if (covered.subarray(candidate.start, candidate.end).includes(1)) continue;
    covered.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
};

export const REFINERS: readonly CandidateRefiner[] = [dropInvalid, removeOverlaps, mergeWeekdayWithDate, anchorAnaphoricPeriods];

function spanStartEpoch(start: string): number {
  const [year, month, day] = start.split("-").map(Number);
  return epochDay(year ?? 0, month ?? 1, day ?? 1);
}

/** Adds the exact text and the calendar span; a resolved span decides whether it lies in the future. */
export function finalize(candidate: Candidate, context: RuleContext): DateMention {
  const calendar = candidate.type === "DATE" || candidate.type === "TIME";
  const span = calendar && candidate.resolved ? timexSpan(candidate.value) : null;
  let future = candidate.future;
  if (span && context.reference !== null) future = spanStartEpoch(span.start) > context.reference;
  return {
    start: candidate.start,
    end: candidate.end,
    text: context.text.slice(candidate.start, candidate.end),
    type: candidate.type,
    value: candidate.value,
    rule: candidate.rule,
    basis: candidate.basis,
    span,
    future,
    resolved: candidate.resolved,
  };
}
