import * as chrono from "chrono-node";
import { formatDay, epochDay, isValidDate, pad, toYMD } from "../util/calendar";
import { nearestYearForMonthDay, yearForMonthDay } from "./resolve";
import { explicitCandidate, PRIORITY, relativeCandidate } from "./rules/build";
import type { Candidate, RuleContext } from "./types";

/**
 * chrono-node finds the calendar-shaped dates ("January 10, 2022", "Jan 03, 2022",
 * "10 January", "12/25/2021", "2022-01-03", "December 2021", "3 p.m."). Only the components
 * it is certain of are read; resolving what is missing (the year of "January 10", the day
 * of "3 p.m.") is done here in UTC, so the machine's time zone never matters.
 * Weekdays, casual words and relative phrases are left to our own rules.
 */
const CALENDAR_PARSERS = new Set([
  "ENYearMonthDayParser",
  "ISOFormatParser",
  "SlashDateFormatParser",
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENYearMonthNameParser",
  "ENMonthNameParser",
  "ENTimeExpressionParser",
]);
// Ranges are split into their ends below; future-forcing is decided by tense; "the end of
// November" is the month in TimeML (with a START/END mod we do not emit), not its last day.
const UNWANTED_REFINERS = new Set(["ENMergeDateRangeRefiner", "ForwardDateRefiner", "ENEndOfPeriodRefiner"]);

/**
 * "Jan. 1, 1990 at 1,015 francs": chrono glues a bare number after "at" to the date as an hour.
 * The date stands; the would-be time is cut off (text and components), so the date is not lost.
 */
function dropGluedNumberTime(result: chrono.ParsedResult): void {
  const start = result.start as chrono.ParsedComponents & { delete?: (c: string[]) => void };
  if (!start.isCertain("hour") || !start.isCertain("day") || TIME_WORDS.test(result.text)) return;
  const trimmed = result.text.replace(/(?:\s*,\s*|\s+at\s+)\d{1,2}(?::\d\d)?$/i, "");
  if (!/^\p{L}/u.test(trimmed)) return; // only a date that names its month is kept this way
  if (trimmed === result.text || typeof start.delete !== "function") return;
  start.delete(["hour", "minute", "second", "millisecond", "meridiem"]);
  (result as { text: string }).text = trimmed;
}

const TIME_WORDS = /\d\s*(?:[ap]\.?m\.?|o'clock)|\d:\d\d/i;

/** A result chrono cannot know is wrong: a lone month (our month rule decides those) or a bare number as a time. */
const dropUnlikelyResults: chrono.Refiner = {
  refine: (_context, results) =>
    results.filter((result) => {
      dropGluedNumberTime(result);
      const start = result.start;
      if (start.isCertain("hour")) return TIME_WORDS.test(result.text);
      if (!start.isCertain("month")) return false;
      if (!start.isCertain("day") && !start.isCertain("year")) return false;
      // Slash dates need a year: "5/3" is more often a score or a ratio than a date.
      if (/^\d+\/\d+$/.test(result.text.trim())) return false;
      return true;
    }),
};

function buildCalendarChrono(): chrono.Chrono {
  const custom = chrono.casual.clone();
  custom.parsers = custom.parsers.filter((parser) => CALENDAR_PARSERS.has(parser.constructor.name));
  custom.refiners = custom.refiners.filter((refiner) => !UNWANTED_REFINERS.has(refiner.constructor.name));
  custom.refiners.push(dropUnlikelyResults);
  return custom;
}

const calendarChrono = buildCalendarChrono();

function timeSuffix(components: chrono.ParsedComponents): string {
  return `T${pad(components.get("hour") ?? 0, 2)}:${pad(components.get("minute") ?? 0, 2)}`;
}

/** The value of one end of a chrono result, as a candidate spanning [start, end); the year may come from the other end. */
function fromComponents(c: chrono.ParsedComponents, start: number, end: number, context: RuleContext, otherEndYear?: number): Candidate | null {
  const hasTime = c.isCertain("hour");
  const type = hasTime ? "TIME" : "DATE";
  const suffix = hasTime ? timeSuffix(c) : "";
  const month = c.get("month") ?? 1;
  const day = c.get("day") ?? 1;
  const knownYear = c.isCertain("year") ? c.get("year") : otherEndYear;
  if (c.isCertain("month") && knownYear !== undefined && knownYear !== null) {
    const year = knownYear;
    if (c.isCertain("day") && !isValidDate(year, month, day)) return null;
    const value = c.isCertain("day") ? formatDay(epochDay(year, month, day)) + suffix : `${pad(year, 4)}-${pad(month, 2)}`;
    return explicitCandidate({ start, end, type, rule: "chrono-explicit", value, priority: PRIORITY.chrono });
  }
  if (c.isCertain("month") && c.isCertain("day")) {
    const tense = context.calendarTenseAt(start, end);
    const yearFor = (reference: number) =>
      tense ? yearForMonthDay(reference, month, day, tense) : nearestYearForMonthDay(reference, month, day);
    return relativeCandidate(context, {
      start, end, type, rule: tense ? "month-day-without-year" : "month-day-nearest", tense: tense ?? "past", priority: PRIORITY.chrono,
      underspecified: `XXXX-${pad(month, 2)}-${pad(day, 2)}${suffix}`,
      compute: (reference) => `${pad(yearFor(reference), 4)}-${pad(month, 2)}-${pad(day, 2)}${suffix}`,
    });
  }
  if (hasTime) {
    return relativeCandidate(context, {
      start, end, type, rule: "time-of-day", tense: context.tenseAt(start, end), priority: PRIORITY.chrono,
      underspecified: `XXXX-XX-XX${suffix}`,
      compute: (reference) => formatDay(reference) + suffix,
    });
  }
  return null;
}

// "Jan 10-12", "Jan. 10 to 12", "January 10-12, 2022": a range is two TIMEX3 dates, one per end.
const RANGE_SEPARATOR = /\s*(?:-|–|\bto\b|\bthrough\b|\buntil\b)\s*/i;

function toCandidates(result: chrono.ParsedResult, context: RuleContext): Candidate[] {
  // chrono keeps a leading "at"/"on" and trailing commas; the timex is only the date words.
  const lead = /^(?:at|on|in|by)\s+/i.exec(result.text)?.[0].length ?? 0;
  const text = result.text.slice(lead).replace(/[\s,]+$/, "");
  const start = result.index + lead;
  const end = start + text.length;
  const separator = result.end ? /^(.*?\d)(\s*(?:-|–|\bto\b|\bthrough\b|\buntil\b)\s*)(\d.*)$/i.exec(text) : null;
  // Only ranges that name a month are split: "4 5/8 to 112 5/8" is a stock price, not two dates.
  if (!result.end || !separator || !RANGE_SEPARATOR.test(separator[2] ?? "") || !/^\p{L}/u.test(text)) {
    const whole = fromComponents(result.start, start, end, context);
    return whole ? [whole] : [];
  }
  const firstEnd = start + (separator[1] ?? "").length;
  const secondStart = firstEnd + (separator[2] ?? "").length;
  // Each end takes the year the other names: "Jan 10-12, 2022", "Dec. 30, 2021-Jan. 2".
  const yearOf = (c: chrono.ParsedComponents) => (c.isCertain("year") ? (c.get("year") ?? undefined) : undefined);
  return [
    fromComponents(result.start, start, firstEnd, context, yearOf(result.end)),
    fromComponents(result.end, secondStart, end, context, yearOf(result.start)),
  ]
    .filter((candidate): candidate is Candidate => candidate !== null);
}

/**
 * chrono reads "10 am" inside "January 10 amid ..." or "10 Americans" as a time of day, which then eats
 * the date. Words that merely start with am/pm get their first letter masked (same length, so offsets hold).
 */
function maskMeridiemLookalikes(text: string): string {
  return text.replace(/(?<![\p{L}])[AaPp](?=[Mm]\p{L})/gu, "_");
}

/**
 * Several of chrono's patterns (month names, times) allow `\s*` between their parts, and some of its and our
 * follow-up patterns anchor at the end of what it found; a month name or a number before a very long run of
 * whitespace then costs time quadratic in the run's length. No date spans such a run, so long runs are
 * masked with NUL characters (same length, so offsets hold; NUL is neither a word character nor a space).
 */
const LONG_WHITESPACE = /\s{17,}/g;
function maskLongWhitespace(text: string): string {
  return text.replace(LONG_WHITESPACE, (run) => "\u0000".repeat(run.length));
}

export function chronoCandidates(context: RuleContext): Candidate[] {
  // The instant only feeds chrono's implied values, which are never read; noon UTC keeps it tidy.
  const reference = context.reference ?? epochDay(2000, 1, 1);
  const { year, month, day } = toYMD(reference);
  const instant = new Date(Date.UTC(year, month - 1, day, 12));
  const candidates: Candidate[] = [];
  for (const result of calendarChrono.parse(maskLongWhitespace(maskMeridiemLookalikes(context.text)), instant)) {
    candidates.push(...toCandidates(result, context));
  }
  return candidates;
}
