import { parseDay } from "../util/calendar";
import { chronoCandidates } from "./chrono-stage";
import { finalize, REFINERS } from "./refiners";
import { RULES, runRules } from "./rules";
import { deadlineBefore, sinceBefore, tenseAround } from "./tense";
import type { DateMention, RuleContext } from "./types";

export type { DateMention, DaySpan, TimexType } from "./types";
export { timexSpan } from "./timex-span";
export { chooseReference, type ReferenceChoice } from "./reference";

/**
 * Finds the temporal expressions in a news text and resolves them against the reference
 * (publication) day, "YYYY-MM-DD", or null when it is unknown. Output is sorted by offset,
 * non-overlapping and deterministic; all arithmetic is in UTC.
 */
export function extractDates(text: string, reference: string | null): DateMention[] {
  const referenceDay = reference === null ? null : parseDay(reference);
  if (reference !== null && referenceDay === null) {
    throw new Error(`invalid reference date "${reference}", expected a real day as YYYY-MM-DD`);
  }
  const tenseCache = new Map<string, ReturnType<typeof tenseAround>>();
  const cueTense = (start: number, end: number) => {
    const key = `${start}:${end}`;
    if (!tenseCache.has(key)) tenseCache.set(key, tenseAround(text, start, end));
    return tenseCache.get(key) ?? null;
  };
  const context: RuleContext = {
    text,
    reference: referenceDay,
    // News reports mostly tell what happened: without a cue, a weekday is read as past.
    tenseAt: (start, end) => cueTense(start, end) ?? "past",
    calendarTenseAt: (start, end) =>
      sinceBefore(text, start) ? "past" : deadlineBefore(text, start, end) ? "future" : cueTense(start, end),
  };
  let candidates = [...chronoCandidates(context), ...runRules(RULES, context)];
  for (const refine of REFINERS) candidates = refine(candidates, context);
  return candidates.map((candidate) => finalize(candidate, context));
}
