import { monthIndex, parseNumber } from "../lexicon";
import { yearValueFrom } from "../resolve";
import type { Rule } from "../types";
import { explicitCandidate, relativeCandidate, words } from "./build";

const TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
const UNITS = "(?:one|two|three|four|five|six|seven|eight|nine)";

/** "nineteen ninety-six", "the year two thousand": years spoken out, as in broadcast transcripts. */
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const SEASON_CODES: Record<string, string> = { spring: "SP", summer: "SU", fall: "FA", autumn: "FA", winter: "WI" };

/**
 * "nineteen ninety-six", "the year two thousand": years spoken out, as in broadcast transcripts;
 * with a month or a season before them ("January nineteen ninety-seven", "the winter of nineteen
 * ninety-four") the value is that month or season of the year.
 */
export const spokenYearRule: Rule = {
  name: "spoken-year",
  pattern: words(`(?:(${MONTHS})\\s+|(?:the\\s+)?(spring|summer|fall|autumn|winter)\\s+of\\s+)?(?:the year\\s+)?(?:(eighteen|nineteen)\\s+(${TENS}(?:[\\s-]${UNITS})?)|(two thousand)(?:\\s+and\\s+(${UNITS}|ten|eleven|twelve))?)`, "gi"),
  extract(match) {
    const start = match.index;
    const end = start + match[0].length;
    const [, monthWord, seasonWord, centuryWord, rest, twoThousand, units] = match;
    let year: number;
    if (twoThousand) {
      // "two thousand" alone is usually a count; only "the year two thousand" is a year for sure.
      if (!/\bthe year\b/i.test(match[0]) && !monthWord && !seasonWord) return null;
      year = 2000 + (parseNumber(units ?? "zero") ?? 0);
    } else {
      const tail = parseNumber(rest ?? "");
      if (tail === null) return null;
      year = ((centuryWord ?? "").toLowerCase() === "eighteen" ? 1800 : 1900) + tail;
    }
    const month = monthWord ? monthIndex(monthWord) : 0;
    if (monthWord && monthWord[0] !== monthWord[0]?.toUpperCase()) return null; // "may" the modal
    const value = month ? `${year}-${String(month).padStart(2, "0")}` : seasonWord ? `${year}-${SEASON_CODES[seasonWord.toLowerCase()]}` : String(year);
    return explicitCandidate({ start, end, rule: "spoken-year", value });
  },
};

/** "the 20th century", "the 11th century" -> TIMEX3 century value "19", "10". */
export const centuryRule: Rule = {
  name: "century",
  pattern: words("(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)[\\s-]century"),
  extract(match) {
    const start = match.index;
    const end = start + match[0].length;
    const ordinal = Number(match[1]);
    if (ordinal < 1 || ordinal > 21) return null;
    return explicitCandidate({ start, end, rule: "century", value: String(ordinal - 1).padStart(2, "0") });
  },
};

/**
 * "the year", "the full year", "the current fiscal year", "year-end", "by year's end":
 * the year of the reference. "the year ended June 30" is a reporting period, a duration.
 */
export const currentYearRule: Rule = {
  name: "current-year",
  // Each word of the repeated group starts differently: "current fiscal " as one alternative and as "current " +
  // "fiscal " made a failing match try every split, exponential in the repeats ("the current fiscal current fiscal ...").
  pattern: words("(?:the\\s+(?:full\\s+|current\\s+|fiscal\\s+)*year|year[- ]end|year's end|the end of the year)"),
  extract(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    const after = context.text.slice(end, end + 12);
    if (/^(?:'s)?\s+(?:end(?:ed|ing)|to)\b/i.test(after)) {
      if (!/^the/i.test(match[0])) return null;
      return explicitCandidate({ start, end, rule: "reporting-year", type: "DURATION", value: "P1Y" });
    }
    // "the year" in "earlier in the year" / "for the year" is the reference year in news; "the year
    // before", "the year of the flood" are other years. "a high for the year of $42" is this one.
    if (/^the year$/i.test(match[0]) && /^\s+(?:before|after|earlier|ago|later|in which|when|that|of(?!\s+[$€£¥]))\b/i.test(after)) return null;
    return relativeCandidate(context, {
      start, end, rule: "current-year", tense: "past", underspecified: "XXXX",
      compute: (reference) => yearValueFrom(reference, 0),
    });
  },
};
