import { yearForSeason } from "../resolve";
import { pad, toYMD } from "../../util/calendar";
import type { Rule } from "../types";
import { explicitCandidate, relativeCandidate, words } from "./build";

const SEASONS: Record<string, { code: string; startMonth: number }> = {
  spring: { code: "SP", startMonth: 3 },
  summer: { code: "SU", startMonth: 6 },
  fall: { code: "FA", startMonth: 9 },
  autumn: { code: "FA", startMonth: 9 },
  winter: { code: "WI", startMonth: 12 },
};

/**
 * "this summer", "last fall", "the spring of 1994", "summer 2021" -> 2022-SU style values.
 * "fall" only counts after a determiner or before a year, so the verb is left alone.
 */
export const seasonRule: Rule = {
  name: "season",
  pattern: words(
    "(?:(this past|this coming|this|last|next|the|early|late)\\s+)?(?:(early|late|mid-?)\\s*)?(spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?((?:18|19|20)\\d\\d))?",
  ),
  extract(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    const modifier = (match[1] ?? "").toLowerCase();
    const word = (match[3] ?? "").toLowerCase();
    const season = SEASONS[word];
    if (!season) return null;
    if (word === "fall" && !modifier && !match[4]) return null;
    const before = context.text.slice(Math.max(0, start - 12), start);
    if (!modifier && !match[4] && !/\b(?:in|during|over|by|until|since|through|throughout)\s+$/i.test(before)) return null;
    if (match[4]) return explicitCandidate({ start, end, rule: "season-with-year", value: `${match[4]}-${season.code}` });
    const tense = modifier.includes("coming") || modifier === "next" ? "future" : modifier.includes("last") || modifier.includes("past") ? "past" : context.tenseAt(start, end);
    return relativeCandidate(context, {
      start, end, rule: "season", tense, underspecified: `XXXX-${season.code}`,
      compute: (reference) => {
        const year = toYMD(reference).year;
        if (modifier === "last") return `${pad(year - 1, 4)}-${season.code}`;
        if (modifier === "next") return `${pad(year + 1, 4)}-${season.code}`;
        if (modifier.startsWith("this")) return `${pad(year, 4)}-${season.code}`;
        return `${pad(yearForSeason(reference, season.startMonth, tense), 4)}-${season.code}`;
      },
    });
  },
};
