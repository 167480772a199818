import { dayValue } from "../resolve";
import { pad } from "../../util/calendar";
import { WEEKDAY_PATTERN, weekdayIndex } from "../lexicon";
import type { Rule } from "../types";
import { relativeCandidate, words } from "./build";
import { resolveWeekday, tenseFor, weekdayInName } from "./weekday";

const DAY_OFFSET: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };
const CLOCK = "(\\d{1,2})(?::(\\d\\d))?\\s*([ap])\\.?m\\.?";
// TimeML writes midnight as T24:00 of the day it ends, noon as T12:00, vaguer times as parts of day.
const NAMED_TIMES: Record<string, string> = {
  noon: "12:00", midday: "12:00", midnight: "24:00",
  "mid-afternoon": "AF", "mid afternoon": "AF", midafternoon: "AF",
  "mid-morning": "MO", "mid morning": "MO", midmorning: "MO",
};
const NAMED_PATTERN = "noon|midday|midnight|mid[- ]?afternoon|mid[- ]?morning";
const DAY = `(?:(last|next|this past|this coming)\\s+)?(${WEEKDAY_PATTERN}|yesterday|today|tomorrow)`;

function clockValue(hour: number, minute: number, meridiem: string): string | null {
  if (hour < 1 || hour > 12 || minute > 59) return null;
  const h24 = (hour % 12) + (meridiem.toLowerCase() === "p" ? 12 : 0);
  return `${pad(h24, 2)}:${pad(minute, 2)}`;
}

/**
 * A clock time tied to a day, as wire copy writes it: "10 p.m. Wednesday", "noon Thursday",
 * "midnight Friday", "mid-afternoon yesterday", "at 3 p.m. on Monday" -> one TIME, e.g.
 * 1998-02-11T22:00. The day is resolved exactly as the weekday or relative-day rules would.
 */
export const timeWithDayRule: Rule = {
  name: "time-with-day",
  pattern: words(`(?:${CLOCK}|(${NAMED_PATTERN}))(?:\\s+[A-Z]{2,4}T)?,?\\s+(?:on\\s+)?${DAY}`),
  extract(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    const [, hour, minute, meridiem, named, modifierRaw, dayWord = ""] = match;
    const time = named ? NAMED_TIMES[named.toLowerCase().replace(/\s+/g, " ")] : clockValue(Number(hour), Number(minute ?? 0), meridiem ?? "a");
    if (!time) return null;
    const suffix = `T${time}`;
    const lower = dayWord.toLowerCase();
    const modifier = (modifierRaw ?? "").toLowerCase();
    if (lower in DAY_OFFSET) {
      if (modifier) return null;
      const offset = DAY_OFFSET[lower] ?? 0;
      return relativeCandidate(context, {
        start, end, rule: "time-with-day", type: "TIME", tense: offset > 0 ? "future" : "past",
        underspecified: `XXXX-XX-XX${suffix}`, compute: (reference) => dayValue(reference + offset) + suffix,
      });
    }
    const weekday = weekdayIndex(dayWord);
    if (weekday < 0 || weekdayInName(context.text, end - dayWord.length, end)) return null;
    const tense = tenseFor(modifier, context, start, end);
    return relativeCandidate(context, {
      start, end, rule: "time-with-weekday", type: "TIME", tense,
      underspecified: `XXXX-XX-XX${suffix}`,
      compute: (reference) => dayValue(resolveWeekday(reference, weekday, modifier, tense)) + suffix,
    });
  },
};

/**
 * "by mid-afternoon", "in mid-morning" without a day: a part of the day being reported, which in
 * news is the reference day (TimeML TIME with a part-of-day value, e.g. 1998-03-06TAF).
 */
export const partOfDayAloneRule: Rule = {
  name: "part-of-day-alone",
  pattern: words("mid[- ]?(afternoon|morning)"),
  extract(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    const part = (match[1] ?? "").toLowerCase() === "afternoon" ? "AF" : "MO";
    return relativeCandidate(context, {
      start, end, rule: "part-of-day-alone", type: "TIME", tense: "past", underspecified: `XXXX-XX-XXT${part}`,
      compute: (reference) => `${dayValue(reference)}T${part}`,
    });
  },
};
