import { quarterValueFrom, yearForQuarter, yearValueFrom } from "../resolve";
import { pad, toYMD } from "../../util/calendar";
import type { Rule } from "../types";
import { inQuarterlyReport } from "./ago";
import { explicitCandidate, relativeCandidate, words } from "./build";

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, last: 4, latter: 4 };

/**
 * "the third quarter", "third-quarter", "the first quarter of 2022", "last year's fourth
 * quarter", "Q3 2021", "the second half": quarters (2022-Q1) and halves (2022-H2).
 * Without a year the quarter is the latest one that has begun (or, in a future sentence,
 * the next one that has not ended).
 */
export const namedQuarterRule: Rule = {
  name: "quarter",
  pattern: words(
    "(?:(?:the|this|last|next|(?<possessiveYear>(?:18|19|20)\\d\\d)'s|(?<yearWord>this|last|next) year's)\\s+)?(?:(?:(?<leadingYear>(?:18|19|20)\\d\\d)|(?<yearAgo>year-ago|year-earlier|comparable year-ago))\\s+)?(?:(?:fiscal|calendar)[\\s-]+)?(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th|latter|last)[\\s-](?<unit>quarter|half)(?:\\s+of\\s+(?:(?:fiscal|calendar)\\s+)?(?<trailingYear>(?:18|19|20)\\d\\d))?",
  ),
  extract(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    const groups = match.groups ?? {};
    const ordinalNumber = ORDINAL[(groups.ordinal ?? "").toLowerCase()] ?? 1;
    const half = (groups.unit ?? "").toLowerCase() === "half";
    const ordinalWord = (groups.ordinal ?? "").toLowerCase();
    // "the last half" / "the latter half" is the second half; a "latter quarter" is not a phrase.
    // "last quarter" alone is the previous quarter (relative-period rule) and "the last half of the
    // '80s" is no calendar half: "last"/"latter" count only in "the last quarter/half of 1989".
    if ((ordinalWord === "last" || ordinalWord === "latter") && !groups.trailingYear) return null;
    const ordinal = half && (ordinalWord === "last" || ordinalWord === "latter") ? 2 : ordinalNumber;
    if (half && ordinal > 2) return null;
    const label = (year: number | string) => `${pad(Number(year), 4)}-${half ? "H" : "Q"}${ordinal}`;
    const explicitYear = groups.possessiveYear ?? groups.leadingYear ?? groups.trailingYear;
    if (explicitYear) return explicitCandidate({ start, end, rule: half ? "half-with-year" : "quarter-with-year", value: label(explicitYear) });
    const yearWord = groups.yearAgo ? "last" : (groups.yearWord ?? "").toLowerCase();
    const tense = yearWord === "next" ? "future" : yearWord === "last" ? "past" : context.tenseAt(start, end);
    return relativeCandidate(context, {
      start,
      end,
      rule: half ? "half-without-year" : "quarter-without-year",
      tense,
      underspecified: half ? `XXXX-H${ordinal}` : `XXXX-Q${ordinal}`,
      compute: (reference) => {
        const year = toYMD(reference).year;
        if (yearWord === "last") return label(year - 1);
        if (yearWord === "next") return label(year + 1);
        if (yearWord === "this") return label(year);
        if (half) return label(year - (tense === "past" && ordinal === 2 && toYMD(reference).month < 7 ? 1 : 0));
        return label(yearForQuarter(reference, ordinal, tense));
      },
    });
  },
};

/** "Q3 2021", "2021 Q3", "Q1". */
export const quarterCodeRule: Rule = {
  name: "quarter-code",
  pattern: /(?<![\w-])(?:((?:19|20)\d\d)\s*Q([1-4])|Q([1-4])(?:\s*((?:19|20)\d\d))?)(?![\w-])/g,
  extract(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    const year = match[1] ?? match[4];
    const quarter = Number(match[2] ?? match[3]);
    if (year) return explicitCandidate({ start, end, rule: "quarter-code", value: `${year}-Q${quarter}` });
    const tense = context.tenseAt(start, end);
    return relativeCandidate(context, {
      start, end, rule: "quarter-code", tense, underspecified: `XXXX-Q${quarter}`,
      compute: (reference) => `${pad(yearForQuarter(reference, quarter, tense), 4)}-Q${quarter}`,
    });
  },
};

/** "the 1988 quarter", "the 1989 period": the reported quarter of that year. */
export const yearQuarterRule: Rule = {
  name: "year-quarter",
  pattern: words("the\\s+((?:18|19|20)\\d\\d)\\s+(?:fiscal\\s+)?(?:quarter|period)"),
  extract(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    const year = match[1] ?? "";
    return relativeCandidate(context, {
      start, end, rule: "year-quarter", tense: "past", underspecified: `${year}-QX`,
      compute: (reference) => `${year}-${quarterValueFrom(reference, -1).slice(5)}`,
    });
  },
};

/**
 * "the quarter", "the latest quarter", "the year-ago quarter": in news about results these
 * mean the last completed quarter (or the same quarter a year before it).
 */
export const reportedQuarterRule: Rule = {
  name: "reported-quarter",
  pattern: words("the\\s+(?:(latest|most recent|recent|just-ended|just-completed|year-ago|year-earlier|comparable year-ago|comparable|same)\\s+)?(?:fiscal\\s+)?(?:quarter|period)"),
  extract(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    const modifier = (match[1] ?? "").toLowerCase();
    const isPeriod = /period$/i.test(match[0]);
    if (isPeriod && !modifier) return null; // "the period" alone is too vague to date
    if (modifier === "comparable" || modifier === "same") return null;
    const yearAgo = modifier.startsWith("year-");
    return relativeCandidate(context, {
      start, end, rule: "reported-quarter", tense: "past", underspecified: "XXXX-QX",
      compute: (reference) => quarterValueFrom(reference, yearAgo ? -5 : -1),
    });
  },
};

/**
 * "the latest fiscal year", "the most recent year": in results news, the last completed year
 * (as "the latest quarter" is the last completed quarter), so the year before the reference's.
 */
export const latestYearRule: Rule = {
  name: "latest-year",
  pattern: words("the\\s+(?:latest|most recent|just-ended|just-completed)\\s+(?:fiscal\\s+)?year"),
  extract(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    return relativeCandidate(context, {
      start, end, rule: "latest-year", tense: "past", underspecified: "XXXX",
      compute: (reference) => yearValueFrom(reference, -1),
    });
  },
};

/** "the first two quarters of 1990", "the last two quarters of 1989": a half of that year (1990-H1). */
export const twoQuartersOfYearRule: Rule = {
  name: "two-quarters-of-year",
  pattern: words("(?:the\\s+)?(first|last)\\s+two\\s+quarters\\s+of\\s+(?:fiscal\\s+|calendar\\s+)?((?:18|19|20)\\d\\d)"),
  extract(match) {
    const start = match.index;
    const half = (match[1] ?? "").toLowerCase() === "first" ? 1 : 2;
    return explicitCandidate({ start, end: start + match[0].length, rule: "two-quarters-of-year", value: `${match[2] ?? ""}-H${half}` });
  },
};

/**
 * "the corresponding period last year", "the same quarter a year ago", "last year's quarter":
 * the reported quarter one year back, as results news compares it with the latest quarter.
 */
export const yearAgoQuarterRule: Rule = {
  name: "year-ago-quarter",
  pattern: words(
    "(?:the\\s+(?:(?:same|corresponding|comparable)\\s+)?(?:quarter|period)\\s+(?:of\\s+)?(?:last year|a year (?:ago|earlier))|last year's\\s+(?:fiscal\\s+)?(?:quarter|period))(?!\\s+(?:ended|ending))",
  ),
  extract(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    // "the same period last year" after "the first nine months" is that span a year back: only
    // in a report of quarterly results is the period a quarter.
    if (/period/i.test(match[0]) && !inQuarterlyReport(context.text, start)) return null;
    return relativeCandidate(context, {
      start, end, rule: "year-ago-quarter", tense: "past", underspecified: "XXXX-QX",
      compute: (reference) => quarterValueFrom(reference, -5),
    });
  },
};
