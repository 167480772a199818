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
export const removeOverlaps: CandidateRefiner = (candidates) => {
  const ranked = candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort(
      (a, b) =>
        b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start) ||
        b.candidate.priority - a.candidate.priority ||
        a.candidate.start - b.candidate.start ||
        a.order - b.order,
    );
  const kept: Candidate[] = [];
  for (const { candidate } of ranked) {
    if (kept.every((other) => candidate.end <= other.start || other.end <= candidate.start)) kept.push(candidate);
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
