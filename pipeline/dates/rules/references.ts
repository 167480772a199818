import type { Rule } from "../types";
import { explicitCandidate, PRIORITY, words } from "./build";

const REFERENCES: Array<[RegExp, string]> = [
  [/^(?:right now|now|currently|nowadays|at present|presently|at the moment|these days|current|this (?:crucial |critical |difficult |decisive )?moment)$/i, "PRESENT_REF"],
  [/^(?:recently|recent (?:years|months|weeks|days|decades|quarters)|(?:the )?past (?:years|months|weeks|days|decades)|the past|lately|then[ -](?:current|present|prevailing))$/i, "PAST_REF"],
  [/^(?:soon|the future|future|shortly|the near future|the near term|the short term|(?:the )?coming (?:years|months|weeks|quarters)|the years ahead)$/i, "FUTURE_REF"],
];

// A count or a calendar unit right after "the past".
const PERIOD_AFTER =
  /^\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|several|many|couple of)\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|century|centuries|springs?|summers?|falls?|autumns?|winters?)\b/i;

/**
 * Words that point at the present, past or future without a date, where TimeML annotates
 * them: "now", "currently", "recently", "soon", "the future". "former", "previously" and a
 * bare "recent" are not annotated in TimeBank (they qualify a person or a thing, not a time),
 * so they are left out; "as soon as" and "soon after" are conjunctions, not times. "the then current
 * price" was current at a past time: PAST_REF; "at this moment" is now: PRESENT_REF. ("At the time" is
 * left out: as often a conjunction, "at the time Howes was captured", as a time.)
 */
export const referenceRule: Rule = {
  name: "reference-word",
  pattern: words(
    "(?:then[ -](?:current|present|prevailing)|(?<=\\bat )this (?:crucial |critical |difficult |decisive )?moment|right now|now|currently|nowadays|at present|presently|at the moment|these days|current(?!\\s+(?:account|affairs|events|s?\\b(?:of|in)\\b))|recently|recent (?:years|months|weeks|days|decades|quarters)|(?:the )?past (?:years|months|weeks|days|decades)|the past|lately|(?<!as )soon(?! (?:after|before|as|afterwards))|shortly(?! (?:after|before))|the near future|the near term|the short term|the future|future|(?:the )?coming (?:years|months|weeks|quarters)|the years ahead)",
  ),
  extract(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    const word = match[0];
    // "now" in "now that" still means the present; "for now" too. "future" as in "futures" is excluded by the pattern.
    if (/^future$/i.test(word) && !/^\s+(?:[a-z]+s|growth|plans?|talks?|generations?)\b/i.test(context.text.slice(end, end + 20))) return null;
    if (/^current$/i.test(word) && /^\s+(?:fiscal\s+)?(?:year|quarter|month|week|period)/i.test(context.text.slice(end, end + 20))) return null;
    // "the past century", "the past three summers": "past" qualifies a period, it is no PAST_REF.
    if (/^the past$/i.test(word) && PERIOD_AFTER.test(context.text.slice(end, end + 30))) return null;
    const entry = REFERENCES.find(([pattern]) => pattern.test(word));
    if (!entry) return null;
    return explicitCandidate({ start, end, rule: "reference-word", value: entry[1], future: entry[1] === "FUTURE_REF", priority: PRIORITY.vague });
  },
};

/**
 * "will one day be", "could someday rival", "may some day return": after a modal, "one day" is an
 * unspecified future time (FUTURE_REF), not a length of one day.
 */
export const someDayRule: Rule = {
  name: "some-day",
  // The words first, then the look back at the modal: a lookbehind in front would be tried at every position
  // and scan back over any run of whitespace there, which is quadratic on long runs.
  pattern: /(?:one day|some day|someday)\b(?<=\b(?:will|would|could|might|may|can|shall|should)(?:\s+not)?\s+(?:one day|some day|someday))/gi,
  extract(match) {
    const start = match.index;
    return explicitCandidate({ start, end: start + match[0].length, rule: "some-day", value: "FUTURE_REF", future: true, priority: PRIORITY.rule + 1 });
  },
};

const SET_UNITS: Record<string, string> = { day: "P1D", week: "P1W", month: "P1M", year: "P1Y", quarter: "P1Q" };

/**
 * "every day", "each year", "once a week": repeating times. Rates ("$5 million a year") and
 * "daily"/"annually" are not annotated as times in TimeBank, so they are left out.
 */
export const setRule: Rule = {
  name: "set",
  pattern: words("(?:every|each|per|once a|twice a)\\s+(day|week|month|year|quarter)"),
  extract(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    const lower = match[0].toLowerCase();
    if (lower.startsWith("a ")) {
      // "a year" is a rate only after an amount ("$5 million a year", "5% a year").
      const before = context.text.slice(Math.max(0, start - 30), start);
      if (!/(?:[\d%]|percent|\b(?:million|billion|thousand|dollars|times))\s*$/i.test(before)) return null;
    }
    if (/^(?:every|each)\s/.test(lower) && /^\s+(?:other|few)\b/.test(context.text.slice(end))) return null;
    const unit = (match[1] ?? "").toLowerCase();
    const value = unit ? SET_UNITS[unit] ?? "P1Y" : lower === "daily" ? "P1D" : "P1Y";
    return explicitCandidate({ start, end, rule: "set", type: "SET", value });
  },
};
