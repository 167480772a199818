import { durationValue, durationWithHalf, NUMBER_PATTERN, parseNumber, UNIT_PATTERN, VAGUE_NUMBER_PATTERN } from "../lexicon";
import type { Rule } from "../types";
import { explicitCandidate, PRIORITY, words } from "./build";

const APPROXIMATE = "(?:about|nearly|almost|some|more than|less than|at least|roughly|around|only|just|up to|over|under)";

/**
 * Lengths of time: "three days", "the past two months", "nearly forty years", "a decade",
 * "several weeks" (PXW), "the first nine months". "for"/"over" stay outside the span.
 * A count may be followed by "more"/"additional" ("20 more years", "an additional year": the
 * length is still the count) or, for days, by "trading"/"business" ("eight trading days"), and
 * a half is written in the next smaller unit ("2 1/2 years" P2Y6M, "a minute and a half" PT1M30S).
 */
export const durationRule: Rule = {
  name: "duration",
  pattern: words(
    `(?:the\\s+)?(?:(?:first|past|last|next|previous|coming|final|latest|following)\\s+)?(?:${APPROXIMATE}\\s+)?(${NUMBER_PATTERN}|${VAGUE_NUMBER_PATTERN})(\\s+1/2|\\s+and a half)?\\s+(?:(more|additional|extra|further|trading|business|working)\\s+)?(${UNIT_PATTERN})(\\s+and a half)?`,
  ),
  extract(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    const [, rawCount = "", halfBefore, qualifier = "", unitWord = "", halfAfter] = match;
    const countWord = rawCount.toLowerCase();
    // "trading days" count days; "trading years" or "business months" are not a phrase.
    if (/^(?:trading|business|working)$/i.test(qualifier) && !/^days?$/i.test(unitWord)) return null;
    const after = context.text.slice(end, end + 12);
    // Ages ("52 years old") and fractions of other things ("a second group") are not durations.
    if (/^[\s-]+old\b/i.test(after)) return null;
    // "a quarter of the market", "three quarters of the votes": a fraction, not three months.
    if (/^quarters?$/i.test(unitWord) && /^\s+of\b/i.test(after)) return null;
    if (/^(?:a|an|one)$/.test(countWord) && /^seconds?$/i.test(unitWord)) return null;
    // "a year" after an amount is a rate ("$2 million a year", "four flights a week").
    if (/^an?$/.test(countWord) && /(?:\d%?|percent|million|billion|thousand|dollars|flights|times)\s*$/i.test(context.text.slice(Math.max(0, start - 20), start))) return null;
    // ... or after a counted plural ("700 seats a week", "10,000 units a year"); "3,025 tonnes a day
    // earlier" is a time, not a rate.
    const countedPluralBefore = /\d[\d,]*\s+(?:[a-z]+\s+)?[a-z]+s\s+$/i.test(context.text.slice(Math.max(0, start - 40), start));
    if (/^an?$/.test(countWord) && countedPluralBefore && !/^\s+(?:earlier|later|ago|before|after)\b/i.test(after)) return null;
    const count = parseNumber(countWord);
    // "a day" after a count is a rate ("twice a day"), handled as a SET.
    if (count === null && !new RegExp(`^${VAGUE_NUMBER_PATTERN}$`).test(countWord)) return null;
    if (count !== null && !Number.isInteger(count)) return null;
    const half = (halfBefore || halfAfter) && count !== null ? durationWithHalf(count, unitWord) : null;
    return explicitCandidate({ start, end, rule: "duration", type: "DURATION", value: half ?? durationValue(count, unitWord) });
  },
};

/**
 * Compound adjectives: "50-minute", "two-year", "10-day" -> PT50M, P2Y, P10D; "a several-year
 * tenure" has a length of unknown size (PXY). Ages such as "seven-decade-old" or "30-year-old"
 * are not temporal expressions in TimeML and are skipped.
 */
export const compoundDurationRule: Rule = {
  name: "compound-duration",
  pattern: new RegExp(`(?<![\\w-])(${NUMBER_PATTERN}|several|few|many)-(second|minute|hour|day|night|week|month|quarter|year|decade|century)(?![\\w-])`, "gi"),
  extract(match) {
    const start = match.index;
    const end = start + match[0].length;
    if (/^(?:several|few|many)$/i.test(match[1] ?? "")) {
      return explicitCandidate({ start, end, rule: "compound-duration", type: "DURATION", value: durationValue(null, match[2] ?? "") });
    }
    const count = parseNumber(match[1] ?? "");
    if (count === null || !Number.isInteger(count) || /^an?$/i.test(match[1] ?? "")) return null;
    return explicitCandidate({ start, end, rule: "compound-duration", type: "DURATION", value: durationValue(count, match[2] ?? "") });
  },
};

/** "for years", "for decades", "for months": a length of unknown size (PXY). */
export const bareUnitDurationRule: Rule = {
  name: "bare-unit-duration",
  // The unit first, then the look back at the preposition (`[a-z]+` re-reads the unit): a lookbehind in front
  // would be tried at every position and scan back over any run of whitespace there (quadratic on long runs).
  pattern: /\b(days|weeks|months|years|decades|centuries)\b(?<=\b(?:for|over|in|within)\s+[a-z]+)/gi,
  extract(match) {
    const start = match.index;
    const end = start + match[0].length;
    return explicitCandidate({ start, end, rule: "bare-unit-duration", type: "DURATION", value: durationValue(null, match[1] ?? ""), priority: PRIORITY.vague });
  },
};
