import type { Rule } from "../types";
import { explicitCandidate, words } from "./build";

// Nouns that show a four-digit number is a count, not a year ("1990 people", "2000 troops").
const COUNTED_NOUN =
  /^\s*(?:%|percent|per cent|people|persons|troops|soldiers|men|women|children|votes|tons|tonnes|km|kilometers|kilometres|miles|meters|metres|feet|units|cars|barrels|shares|dollars|euros|yuan|pounds|points|jobs|workers|members|deaths|cases|refugees|prisoners|rounds|rockets|missiles|delegates|seats|[a-z]+s\s+(?:of|were|are|have|had)\b)/i;
// What before a number shows it is an amount, an identifier or part of a larger number.
const NOT_A_YEAR_BEFORE = /(?:[$€£¥#]|\d[.,]?|\b(?:No\.?|number|Resolution|Flight|Route|Highway|room|page|article|Article|code|model|Model|[A-Z]{2,}-?)\s?)$/;

/**
 * Whether the four digits at [start, end) are a year rather than a count or an identifier.
 * `namedYear`: a word before them already says it is a year ("fiscal 1989 sales of ..."), so the
 * noun after it is what the year qualifies, not what the number counts.
 */
export function looksLikeYear(text: string, start: number, end: number, namedYear = false): boolean {
  if (NOT_A_YEAR_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
  const after = text.slice(end, end + 40);
  if (/^(?:[.,]\d|\d|-\d|:\d)/.test(after)) return false;
  return namedYear || !COUNTED_NOUN.test(after);
}

const NOT_NAME_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Spring|Summer|Fall|Autumn|Winter|Fiscal|Calendar|Christmas|Easter)$/;

/**
 * "a joint venture called Orion 1980", "Euro 2004", "Vision 2030": a year right after a capitalised
 * word inside a sentence is part of a name. Months, seasons and a sentence's first word ("For 1988")
 * are not names.
 */
function partOfAName(text: string, start: number): boolean {
  const before = /(\S?)(\s*)\b([A-Z][a-z]+)\s+$/.exec(text.slice(Math.max(0, start - 40), start));
  if (!before) return false;
  const [, charBefore = "", , word = ""] = before;
  const sentenceStart = charBefore === "" || /[.!?"“”'`]/.test(charBefore);
  return !sentenceStart && !NOT_NAME_WORDS.test(word);
}

/**
 * A year on its own: "in 2014", "fiscal 1989", "mid-1990". Only 1800-2099, and not when the
 * number is an amount ("$2014"), part of a larger number, or counts something ("1990 troops").
 */
export const yearRule: Rule = {
  name: "year",
  pattern: words("(?:(?:fiscal|calendar|early|late|mid-?|the year)\\s*)?((?:18|19|20)\\d\\d)"),
  extract(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    const digitsStart = end - 4;
    if (!looksLikeYear(context.text, digitsStart, end, /^(?:fiscal|calendar|the year)\b/i.test(match[0]))) return null;
    if (start === digitsStart && partOfAName(context.text, start)) return null;
    return explicitCandidate({ start, end, rule: "year", value: match[1] ?? "" });
  },
};

const DECADE_WORDS: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

/** "the 1990s", "the mid-1980s", "the '90s", "the nineties" -> TIMEX3 decade value "199". */
export const decadeRule: Rule = {
  name: "decade",
  pattern: words(
    "(?:the\\s+)?(?:(?:early|late|mid-?)\\s*)?(?:((?:18|19|20)\\d)0'?s|'(\\d)0'?s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))",
  ),
  extract(match) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[1]) return explicitCandidate({ start, end, rule: "decade", value: match[1] });
    // Two-digit and spelled-out decades are read as the 20th century, as news of the period does.
    const digit = match[2] ? Number(match[2]) : (DECADE_WORDS[(match[3] ?? "").toLowerCase()] ?? 0);
    if (!match[2] && !/^the\b/i.test(match[0])) return null; // "in his sixties" is an age
    return explicitCandidate({ start, end, rule: "decade", value: `19${digit}` });
  },
};
