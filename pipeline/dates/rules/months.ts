import { nearestYearForMonth, yearForMonth } from "../resolve";
import { addMonths, formatMonth, toYMD } from "../../util/calendar";
import { monthIndex } from "../lexicon";
import type { Rule, Tense } from "../types";
import { relativeCandidate, words } from "./build";

const FULL_MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

// Words after which a bare month name is a date ("in May", "since March", "early June").
const TEMPORAL_BEFORE =
  /\b(?:in|since|by|until|till|from|through|throughout|during|before|after|of|early|late|mid|last|next|this|that|each|every|end of|beginning of|start of|and|or|to|between|on|around|as of)\s*-?\s*$/i;
const THIS_YEAR_THROUGH = /\bthis year\s+(?:through|until|to)\s+$/i;
// Month names that are also everyday words ("may" the modal, a protest "March").
const AMBIGUOUS = new Set(["may", "march", "august"]);

/**
 * A month name without day or year: "in December", "last April", "this September".
 * Must be capitalised; "May" and "March" also need a temporal word before them, and
 * "the March" / "a March" is a procession, not a month.
 */
export const bareMonthRule: Rule = {
  name: "month-without-year",
  pattern: words(`(?:([Tt]his past|[Tt]his coming|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?)\\s*)?(${FULL_MONTHS})`, "g"),
  extract(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    const modifierRaw = match[1] ?? "";
    const modifier = modifierRaw.toLowerCase();
    const name = match[2] ?? "";
    const month = monthIndex(name);
    const before = context.text.slice(Math.max(0, start - 16), start);
    if (AMBIGUOUS.has(name.toLowerCase()) && !modifier && !TEMPORAL_BEFORE.test(before)) return null;
    // "the March" is a procession, but "a June agreement" or "the October crash" names a month:
    // after an article, an unambiguous month counts when it qualifies a following noun.
    const qualifiesNoun = !AMBIGUOUS.has(name.toLowerCase()) && /^\s+[a-z]/.test(context.text.slice(end, end + 3));
    if (/\b(?:the|a|an)\s+$/i.test(before) && !modifier && !qualifiesNoun) return null;
    const relativeModifier = modifier === "last" || modifier === "next" || modifier.startsWith("this");
    const tense: Tense | null =
      modifier === "next" || modifier === "this coming" ? "future"
      : modifier === "last" || modifier === "this past" ? "past"
      : context.calendarTenseAt(start, end);
    return relativeCandidate(context, {
      start,
      end,
      rule: relativeModifier ? `month-${modifier.replace(" ", "-")}` : "month-without-year",
      tense: tense ?? "past",
      underspecified: `XXXX-${String(month).padStart(2, "0")}`,
      compute: (reference) => {
        const { year, month: current } = toYMD(reference);
        if (modifier === "last" || modifier === "this past") {
          const back = (current - month + 12) % 12 || 12;
          const shifted = addMonths(year, current, -back);
          return formatMonth(shifted.year, shifted.month);
        }
        if (modifier === "next" || modifier === "this coming") {
          const ahead = (month - current + 12) % 12 || 12;
          const shifted = addMonths(year, current, ahead);
          return formatMonth(shifted.year, shifted.month);
        }
        // "sales this year through August": a month closing a span of this year lies in it.
        if (modifier === "this" || THIS_YEAR_THROUGH.test(context.text.slice(Math.max(0, start - 24), start))) return formatMonth(year, month);
        return formatMonth(tense ? yearForMonth(reference, month, tense) : nearestYearForMonth(reference, month), month);
      },
    });
  },
};

/** "June last year", "January this year", "March next year": a month of a year named relatively. */
export const monthOfRelativeYearRule: Rule = {
  name: "month-of-relative-year",
  pattern: words(`(${FULL_MONTHS})\\s+(last|this|next) year`, "g"),
  extract(match, context) {
    const start = match.index;
    const end = start + match[0].length;
    const month = monthIndex(match[1] ?? "");
    const offset = { last: -1, this: 0, next: 1 }[(match[2] ?? "this") as "last" | "this" | "next"];
    return relativeCandidate(context, {
      start, end, rule: "month-of-relative-year", tense: offset > 0 ? "future" : "past",
      underspecified: `XXXX-${String(month).padStart(2, "0")}`,
      compute: (reference) => formatMonth(toYMD(reference).year + offset, month),
    });
  },
};
