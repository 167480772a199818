import { dayValue, monthValueFrom, quarterValueFrom, weekValue, yearValueFrom } from "../resolve";
import { NUMBER_PATTERN, parseNumber, unitOf, VAGUE_NUMBER_PATTERN } from "../lexicon";
import { explicitCandidate, relativeCandidate, words } from "./build";
import type { Rule } from "../types";

/** In a report of quarterly results, "a year ago" means the same quarter a year before. */
export function inQuarterlyReport(text: string, start: number): boolean {
  return /\bquarter(?:ly|'s)?\b|\bthird-quarter|\bsecond-quarter|\bfirst-quarter|\bfourth-quarter/i.test(text.slice(Math.max(0, start - 400), start + 100));
}

const UNDERSPECIFIED: Record<string, string> = {
  day: "XXXX-XX-XX", week: "XXXX-WXX", month: "XXXX-XX", quarter: "XXXX-QX", year: "XXXX", decade: "XXXX",
};

/** How many years a unit spans, near enough to tell history from news. */
const YEARS_PER_UNIT: Record<string, number> = { day: 1 / 365.25, week: 7 / 365.25, month: 1 / 12, quarter: 1 / 4, year: 1, decade: 10 };

function shifted(unit: string, reference: number, amount: number): string {
  switch (unit) {
    case "day": return dayValue(reference + amount);
    case "week": return weekValue(reference + 7 * amount);
    case "month": return monthValueFrom(reference, amount);
    case "quarter": return quarterValueFrom(reference, amount);
    case "decade": return yearValueFrom(reference, 10 * amount);
    default: return yearValueFrom(reference, amount);
  }
}

/**
 * "two days ago", "a year earlier", "three weeks later", "two years from now": the reference
 * moved by a count of units, kept at the unit's own precision (day, ISO week, month, year).
 */
export const agoRule: Rule = {
  name: "ago",
  pattern: words(
    `(?:(?:about|nearly|almost|some|more than|less than|just|only|roughly)\\s+)?(${NUMBER_PATTERN}|${VAGUE_NUMBER_PATTERN})[\\s-]+(days?|weeks?|months?|quarters?|years?|decades?)\\s+(ago|earlier|later|after|before|from now|hence)(?![\\w-])(?!\\s+(?:the|a|an|his|her|its|their|he|she|it|they|being|that|this)\\b)`,
  ),
  extract(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    const count = parseNumber(match[1] ?? "");
    const unit = unitOf(match[2] ?? "");
    const word = (match[3] ?? "").toLowerCase();
    const direction = word === "ago" || word === "earlier" || word === "before" ? -1 : 1;
    // "three days later", "a day earlier" count from another event, not from the reference:
    // only the length is certain, so the duration rule keeps them. Year-on-year comparisons
    // ("a year earlier") are the exception news relies on.
    if (["later", "after", "before"].includes(word)) return null;
    if (word === "earlier" && !["month", "quarter", "year"].includes(unit)) return null;
    if (count === null) {
      if (direction > 0) return null;
      return explicitCandidate({ start, end, rule: "ago-vague", value: direction < 0 ? "PAST_REF" : "FUTURE_REF", future: direction > 0 });
    }
    if (!Number.isInteger(count)) return null;
    // "born 2,500 years ago", "400,000 days ago": history, not a date a news event happens on (and
    // perhaps before year 1, which no calendar value can hold), whatever the unit counts.
    if (count * YEARS_PER_UNIT[unit]! >= 1000) return null;
    return relativeCandidate(context, {
      start,
      end,
      rule: direction < 0 ? "ago" : "from-now",
      tense: direction < 0 ? "past" : "future",
      underspecified: UNDERSPECIFIED[unit] ?? "XXXX",
      compute: (reference) =>
        unit === "year" && count === 1 && direction < 0 && inQuarterlyReport(context.text, start)
          ? quarterValueFrom(reference, -5)
          : shifted(unit, reference, direction * count),
    });
  },
};

/**
 * "year-ago" / "year-earlier" as adjectives ("year-earlier profit", "the year-ago results"):
 * last year, or the year-ago quarter in a report of quarterly results.
 */
export const yearAgoAdjectiveRule: Rule = {
  name: "year-ago-adjective",
  // "the year-ago quarter" and "the year-earlier nine months" are left to the quarter and duration rules.
  pattern: words(`(?:the\\s+)?year-(?:ago|earlier)(?!\\s+(?:(?:fiscal\\s+)?(?:first|second|third|fourth)\\s+)?(?:quarter|period))(?!\\s+(?:first\\s+)?${NUMBER_PATTERN}\\s+(?:weeks|months)\\b)`),
  extract(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    return relativeCandidate(context, {
      start, end, rule: "year-ago-adjective", tense: "past", underspecified: "XXXX",
      compute: (reference) => (inQuarterlyReport(context.text, start) ? quarterValueFrom(reference, -5) : yearValueFrom(reference, -1)),
    });
  },
};
