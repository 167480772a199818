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
// Ranges are split into their ends by our overlap stage; future-forcing is decided by tense.
const UNWANTED_REFINERS = new Set(["ENMergeDateRangeRefiner", "ForwardDateRefiner"]);

/** A result chrono cannot know is wrong: a lone month (our month rule decides those) or a bare number as a time. */
const dropUnlikelyResults: chrono.Refiner = {
  refine: (_context, results) =>
    results.filter((result) => {
      const start = result.start;
      if (start.isCertain("hour")) return /\d\s*(?:[ap]\.?m\.?|o'clock)|\d:\d\d/i.test(result.text);
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

function toCandidate(result: chrono.ParsedResult, context: RuleContext): Candidate | null {
  // chrono keeps a leading "at"/"on" and trailing commas; the timex is only the date words.
  const lead = /^(?:at|on|in|by)\s+/i.exec(result.text)?.[0].length ?? 0;
  const text = result.text.slice(lead).replace(/[\s,]+$/, "");
  const start = result.index + lead;
  const end = start + text.length;
  const c = result.start;
  const hasTime = c.isCertain("hour");
  const type = hasTime ? "TIME" : "DATE";
  const suffix = hasTime ? timeSuffix(c) : "";
  const month = c.get("month") ?? 1;
  const day = c.get("day") ?? 1;
  if (c.isCertain("month") && c.isCertain("year")) {
    const year = c.get("year") ?? 0;
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

/**
 * chrono reads "10 am" inside "January 10 amid ..." or "10 Americans" as a time of day, which then eats
 * the date. Words that merely start with am/pm get their first letter masked (same length, so offsets hold).
 */
function maskMeridiemLookalikes(text: string): string {
  return text.replace(/(?<![\p{L}])[AaPp](?=[Mm]\p{L})/gu, "_");
}

export function chronoCandidates(context: RuleContext): Candidate[] {
  // The instant only feeds chrono's implied values, which are never read; noon UTC keeps it tidy.
  const reference = context.reference ?? epochDay(2000, 1, 1);
  const { year, month, day } = toYMD(reference);
  const instant = new Date(Date.UTC(year, month - 1, day, 12));
  const candidates: Candidate[] = [];
  for (const result of calendarChrono.parse(maskMeridiemLookalikes(context.text), instant)) {
    const candidate = toCandidate(result, context);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}
