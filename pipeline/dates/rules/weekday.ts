import { weekdayOf } from "../../util/calendar";
import { dayValue, weekdayFrom, weekdayStrict } from "../resolve";
import { WEEKDAY_PATTERN, weekdayIndex } from "../lexicon";
import type { Candidate, Rule, RuleContext, Tense } from "../types";
import { explicitCandidate, relativeCandidate, words } from "./build";

const PART_OF_DAY: Record<string, string> = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI" };

// "Sunday Times", "Good Friday", "Super Tuesday": a weekday inside a name, not a date.
const NAME_AFTER =
  /^\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Tribune|Mail|Observer|Independent|Star|Sun|News|Journal|Edition|Magazine|Service|Mass|School|Prayers?|Club|League|Massacre|Agreement)\b/;
const NAME_BEFORE = /\b(?:Good|Black|Bloody|Ash|Palm|Easter|Holy|Super|Cyber|Maundy|Whit|Low)\s+$/;

/** Whether the weekday at [start, end) is part of a name rather than a day. */
export function weekdayInName(text: string, start: number, end: number): boolean {
  return NAME_AFTER.test(text.slice(end, end + 20)) || NAME_BEFORE.test(text.slice(Math.max(0, start - 10), start));
}

export function resolveWeekday(reference: number, weekday: number, modifier: string, tense: Tense): number {
  if (modifier === "last" || modifier === "past" || modifier === "this past") return weekdayStrict(reference, weekday, "last");
  if (modifier === "next" || modifier === "coming" || modifier === "this coming") return weekdayStrict(reference, weekday, "next");
  return weekdayFrom(reference, weekday, tense);
}

const WITHIN_THE_DAY_BEFORE = /\b(?:later|earlier|early|late)\s+(?:on\s+)?$/i;

// "adjourned until Monday", "talks beginning Thursday": the day lies ahead whatever the verb's tense.
const START_OR_DEADLINE_BEFORE = /\b(?:until|till|beginning|starting|effective|from)\s+(?:on\s+)?$/i;

export function tenseFor(modifier: string, context: RuleContext, start: number, end: number): Tense {
  if (["last", "past", "this past"].includes(modifier)) return "past";
  if (["next", "coming", "this coming"].includes(modifier)) return "future";
  if (!modifier && START_OR_DEADLINE_BEFORE.test(context.text.slice(Math.max(0, start - 16), start))) return "future";
  return context.tenseAt(start, end);
}

/**
 * Weekdays: "Monday", "last Thursday", "next Friday", "Friday morning", and "every Monday" /
 * "on Mondays" (a SET). A bare weekday takes the tense of its sentence; news defaults to past.
 * Only the weekday words are kept: "Monday (local time)" gives "Monday".
 */
export const weekdayRule: Rule = {
  name: "weekday",
  pattern: words(
    `(?:(this past|this coming|last|next|this|coming|past|every|each)\\s+)?(${WEEKDAY_PATTERN})(s)?(?:(?:'s)?\\s+(morning|afternoon|evening|night))?`,
  ),
  extract(match, context): Candidate | null {
    const start = match.index;
    const end = start + match[0].length;
    const modifier = (match[1] ?? "").toLowerCase();
    const weekday = weekdayIndex(match[2] ?? "");
    const weekdayEnd = match.index + match[0].toLowerCase().lastIndexOf((match[2] ?? "").toLowerCase()) + (match[2] ?? "").length;
    if (weekday < 0 || weekdayInName(context.text, start, weekdayEnd)) return null;
    const plural = Boolean(match[3]);
    if (modifier === "every" || modifier === "each" || plural) {
      const before = context.text.slice(Math.max(0, start - 3), start).toLowerCase();
      if (plural && !modifier && !/on\s$/.test(before)) return null;
      return explicitCandidate({ start, end, rule: "weekday-set", type: "SET", value: `XXXX-WXX-${weekday === 0 ? 7 : weekday}` });
    }
    const part = match[4] ? PART_OF_DAY[match[4].toLowerCase()] : undefined;
    const tense = tenseFor(modifier, context, start, end);
    // "later Tuesday", "early on Tuesday": a time within the day the story is written, when it is that day.
    const withinTheDay = !modifier && WITHIN_THE_DAY_BEFORE.test(context.text.slice(Math.max(0, start - 16), start));
    const resolve = (reference: number) =>
      withinTheDay && weekdayOf(reference) === weekday ? reference : resolveWeekday(reference, weekday, modifier, tense);
    return relativeCandidate(context, {
      start,
      end,
      rule: withinTheDay ? "weekday-within-the-day" : modifier ? `weekday-${modifier.replace(" ", "-")}` : `weekday-${tense}`,
      type: part ? "TIME" : "DATE",
      tense,
      underspecified: part ? `XXXX-XX-XXT${part}` : "XXXX-XX-XX",
      compute: (reference) => dayValue(resolve(reference)) + (part ? `T${part}` : ""),
    });
  },
};

/**
 * "the previous Friday", "the preceding Monday": the weekday before the day the story is
 * talking about. Resolved here against the reference; the anaphora refiner re-anchors it to the
 * last day the story named ("closed Friday at 2082, down from the previous Friday").
 */
export const previousWeekdayRule: Rule = {
  name: "previous-weekday",
  pattern: words(`the\\s+(?:previous|preceding)\\s+(${WEEKDAY_PATTERN})`),
  extract(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    const weekday = weekdayIndex(match[1] ?? "");
    return relativeCandidate(context, {
      start, end, rule: `anaphoric-previous-weekday-${weekday}`, tense: "past", underspecified: "XXXX-XX-XX",
      compute: (reference) => dayValue(weekdayStrict(reference, weekday, "last")),
    });
  },
};
