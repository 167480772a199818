import { monthValueFrom, quarterValueFrom, weekValue, yearValueFrom } from "../resolve";
import { weekdayOf } from "../../util/calendar";
import type { Rule, Tense } from "../types";
import { relativeCandidate, words } from "./build";

const UNDERSPECIFIED: Record<string, string> = {
  week: "XXXX-WXX", weekend: "XXXX-WXX-WE", month: "XXXX-XX", quarter: "XXXX-QX", year: "XXXX",
};

function offsetOf(modifier: string): number {
  if (/^(?:the )?(?:last|past|previous|preceding)$/.test(modifier)) return -1;
  if (/^(?:the )?(?:next|coming|following|upcoming)$/.test(modifier)) return 1;
  return 0;
}

/** ISO week of the weekend meant, labelled by its Saturday. */
function weekendValue(reference: number, offset: number, tense: Tense): string {
  const weekday = weekdayOf(reference);
  const inWeekend = weekday === 6 || weekday === 0;
  const latestSaturday = reference - ((weekday + 1) % 7);
  let saturday = latestSaturday;
  if (offset < 0) saturday = inWeekend ? latestSaturday - 7 : latestSaturday;
  else if (offset > 0) saturday = latestSaturday + 7;
  else if (tense === "future" && !inWeekend) saturday = latestSaturday + 7;
  return `${weekValue(saturday)}-WE`;
}

function periodValue(unit: string, reference: number, offset: number, tense: Tense): string {
  switch (unit) {
    case "week": return weekValue(reference + 7 * offset);
    case "weekend": return weekendValue(reference, offset, tense);
    case "month": return monthValueFrom(reference, offset);
    case "quarter": return quarterValueFrom(reference, offset);
    default: return yearValueFrom(reference, offset);
  }
}

/**
 * "last month", "next week", "this year", "the past year", "earlier this month", "early next
 * year", "the weekend": a calendar period counted from the reference.
 */
export const relativePeriodRule: Rule = {
  name: "relative-period",
  pattern: words(
    "(?:(?:earlier|later|early|late|mid-?|the end of|the beginning of|the start of|the rest of)\\s*)?(the past|the coming|the current|the previous|the following|the next|the last|last|next|this|coming|current|previous|past|upcoming|that)\\s+(?:(fiscal|calendar)\\s+)?(week|weekend|month|quarter|year)(?!-)",
  ),
  extract(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    const modifier = (match[1] ?? "").toLowerCase();
    const unit = (match[3] ?? "year").toLowerCase();
    const offset = offsetOf(modifier);
    // "the next week" / "the last week" are more often durations ("over the next week") than dates.
    if ((modifier === "the next" || modifier === "the last") && unit !== "weekend") return null;
    // A capitalised unit in running text is a title ("ABC's \"This Week\""), not a period.
    if (/^[A-Z][a-z]/.test(match[3] ?? "")) return null;
    const tense: Tense = offset > 0 ? "future" : offset < 0 ? "past" : context.tenseAt(start, end);
    return relativeCandidate(context, {
      start,
      end,
      // "the following year" counts from the last date the story named, not from the reference;
      // the anaphora refiner re-anchors it, this value is the fallback when no date precedes.
      // "that year" is the year the story last named ("in 1988 ... imports that year").
      rule: modifier === "that" ? `anaphoric-same-${unit}` : /^the (?:following|previous|preceding)$/.test(modifier) ? `anaphoric-${offset > 0 ? "following" : "previous"}-${unit}` : `relative-${unit}`,
      tense,
      underspecified: UNDERSPECIFIED[unit] ?? "XXXX",
      compute: (reference) => periodValue(unit, reference, offset, tense),
    });
  },
};

/** "the weekend": the one just past in a past-tense sentence, the coming one otherwise. */
export const theWeekendRule: Rule = {
  name: "the-weekend",
  pattern: words("the weekend"),
  extract(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    const tense = context.tenseAt(start, end);
    return relativeCandidate(context, {
      start,
      end,
      rule: "the-weekend",
      tense,
      underspecified: "XXXX-WXX-WE",
      compute: (reference) => weekendValue(reference, 0, tense),
    });
  },
};
