import type { Rule } from "../types";
import { agoRule, yearAgoAdjectiveRule } from "./ago";
import { bareUnitDurationRule, compoundDurationRule, durationRule } from "./durations";
import { bareMonthRule, monthOfRelativeYearRule } from "./months";
import { latestYearRule, namedQuarterRule, quarterCodeRule, reportedQuarterRule, twoQuartersOfYearRule, yearAgoQuarterRule, yearQuarterRule } from "./quarters";
import { referenceRule, setRule, someDayRule } from "./references";
import { partOfDayRule, relativeDayRule } from "./relative-day";
import { relativePeriodRule, theWeekendRule } from "./relative-period";
import { seasonRule } from "./seasons";
import { partOfDayAloneRule, timeWithDayRule } from "./time-with-day";
import { previousWeekdayRule, weekdayRule } from "./weekday";
import { decadeRule, yearRule } from "./years";
import { centuryRule, currentYearRule, spokenYearRule } from "./year-phrases";

/** Our own rules, run side by side with chrono-node; overlaps are settled afterwards (longest wins). */
export const RULES: readonly Rule[] = [
  relativeDayRule,
  partOfDayRule,
  weekdayRule,
  previousWeekdayRule,
  timeWithDayRule,
  partOfDayAloneRule,
  relativePeriodRule,
  theWeekendRule,
  agoRule,
  yearAgoAdjectiveRule,
  bareMonthRule,
  monthOfRelativeYearRule,
  namedQuarterRule,
  quarterCodeRule,
  reportedQuarterRule,
  yearQuarterRule,
  latestYearRule,
  twoQuartersOfYearRule,
  yearAgoQuarterRule,
  seasonRule,
  decadeRule,
  yearRule,
  spokenYearRule,
  centuryRule,
  currentYearRule,
  durationRule,
  compoundDurationRule,
  bareUnitDurationRule,
  referenceRule,
  someDayRule,
  setRule,
];

export function runRules(rules: readonly Rule[], context: Parameters<Rule["extract"]>[1]) {
  const found = [];
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (const match of context.text.matchAll(rule.pattern)) {
      const result = rule.extract(match as RegExpExecArray, context);
      if (Array.isArray(result)) found.push(...result);
      else if (result) found.push(result);
    }
  }
  return found;
}
