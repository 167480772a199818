import { durationValue, NUMBER_PATTERN, parseNumber, UNIT_PATTERN, VAGUE_NUMBER_PATTERN } from "../lexicon";
import type { Rule } from "../types";
import { explicitCandidate, PRIORITY, words } from "./build";

const APPROXIMATE = "(?:about|nearly|almost|some|more than|less than|at least|roughly|around|only|just|up to|over|under)";

/**
 * Lengths of time: "three days", "the past two months", "nearly forty years", "a decade",
 * "several weeks" (PXW), "the first nine months". "for"/"over" stay outside the span.
 */
export const durationRule: Rule = {
  name: "duration",
  pattern: words(
    `(?:the\\s+)?(?:(?:first|past|last|next|previous|coming|final|latest|following)\\s+)?(?:${APPROXIMATE}\\s+)?(${NUMBER_PATTERN}|${VAGUE_NUMBER_PATTERN})\\s+(?:and a half\\s+)?(${UNIT_PATTERN})`,
  ),
  extract(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    const countWord = (match[1] ?? "").toLowerCase();
    const after = context.text.slice(end, end + 12);
    // Ages ("52 years old") and fractions of other things ("a second group") are not durations.
    if (/^[\s-]+old\b/i.test(after)) return null;
    if (/^(?:a|an|one)$/.test(countWord) && /^seconds?$/i.test(match[2] ?? "")) return null;
    // "a year" after an amount is a rate ("$2 million a year", "four flights a week").
    if (/^an?$/.test(countWord) && /(?:\d%?|percent|million|billion|thousand|dollars|flights|times)\s*$/i.test(context.text.slice(Math.max(0, start - 20), start))) return null;
    const count = parseNumber(countWord);
    // "a day" after a count is a rate ("twice a day"), handled as a SET.
    if (count === null && !new RegExp(`^${VAGUE_NUMBER_PATTERN}$`).test(countWord)) return null;
    if (count !== null && !Number.isInteger(count)) return null;
    return explicitCandidate({ start, end, rule: "duration", type: "DURATION", value: durationValue(count, match[2] ?? "") });
  },
};

/**
 * Compound adjectives: "50-minute", "two-year", "10-day" -> PT50M, P2Y, P10D. Ages such as
 * "seven-decade-old" or "30-year-old" are not temporal expressions in TimeML and are skipped.
 */
export const compoundDurationRule: Rule = {
  name: "compound-duration",
  pattern: new RegExp(`(?<![\\w-])(${NUMBER_PATTERN})-(second|minute|hour|day|night|week|month|quarter|year|decade|century)(?![\\w-])`, "gi"),
  extract(match) {
    const start = match.index;
    const end = start + match[0].length;
    const count = parseNumber(match[1] ?? "");
    if (count === null || !Number.isInteger(count) || /^an?$/i.test(match[1] ?? "")) return null;
    return explicitCandidate({ start, end, rule: "compound-duration", type: "DURATION", value: durationValue(count, match[2] ?? "") });
  },
};

/** "for years", "for decades", "for months": a length of unknown size (PXY). */
export const bareUnitDurationRule: Rule = {
  name: "bare-unit-duration",
  pattern: /(?<=\b(?:for|over|in|within)\s+)(days|weeks|months|years|decades|centuries)\b/gi,
  extract(match) {
    const start = match.index;
    const end = start + match[0].length;
    return explicitCandidate({ start, end, rule: "bare-unit-duration", type: "DURATION", value: durationValue(null, match[1] ?? ""), priority: PRIORITY.vague });
  },
};
