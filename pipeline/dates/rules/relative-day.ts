import { dayValue } from "../resolve";
import type { Rule } from "../types";
import { matchBounds, relativeCandidate, words } from "./build";

const DAY_OFFSET: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };
const PART_OF_DAY: Record<string, string> = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI" };

/** yesterday / today / tonight / tomorrow, with "early"/"late" and a part of day ("yesterday morning"). */
export const relativeDayRule: Rule = {
  name: "relative-day",
  pattern: words("(?:(early|late)\\s+)?(yesterday|today|tonight|tomorrow)(?:(?:'s)?\\s+(morning|afternoon|evening|night))?"),
  extract(match, context) {
    const word = (match[2] ?? "").toLowerCase();
    const offset = DAY_OFFSET[word] ?? 0;
    // "the people of tomorrow", "the world of today": a generic era, not a day.
    if (!match[1] && !match[3] && /\bof\s+$/i.test(context.text.slice(Math.max(0, match.index - 4), match.index))) return null;
    // "today" is often just "nowadays" in news ("today's economy"); TimeML still dates it to the day.
    const part = match[3] ? PART_OF_DAY[match[3].toLowerCase()] : undefined;
    return relativeCandidate(context, {
      ...matchBounds(match),
      rule: "relative-day",
      type: part ? "TIME" : "DATE",
      tense: offset > 0 ? "future" : "past",
      underspecified: part ? `XXXX-XX-XXT${part}` : "XXXX-XX-XX",
      compute: (reference) => dayValue(reference + offset) + (part ? `T${part}` : ""),
    });
  },
};

/** "this morning", "this afternoon", "this evening", "last night": a part of the reference day. */
export const partOfDayRule: Rule = {
  name: "part-of-day",
  pattern: words("(this|last)\\s+(morning|afternoon|evening|night)"),
  extract(match, context) {
    const last = (match[1] ?? "").toLowerCase() === "last";
    const part = PART_OF_DAY[(match[2] ?? "").toLowerCase()] ?? "MO";
    return relativeCandidate(context, {
      ...matchBounds(match),
      rule: "part-of-day",
      type: "TIME",
      tense: "past",
      underspecified: `XXXX-XX-XXT${part}`,
      compute: (reference) => `${dayValue(reference - (last ? 1 : 0))}T${part}`,
    });
  },
};
