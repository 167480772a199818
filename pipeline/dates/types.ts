import type { Precision } from "../../lib/schema";

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

export interface DaySpan {
  start: string;
  end: string;
  precision: Precision;
}

/** One temporal expression found in a text, with its TIMEX3 value and how it was obtained. */
export interface DateMention {
  /** UTF-16 offsets into the given text (JavaScript string indices). */
  start: number;
  end: number;
  /** Exactly text.slice(start, end). */
  text: string;
  type: TimexType;
  /** TIMEX3 value; underspecified (XXXX-XX-XX, XXXX-WXX, XXXX-XX) when a relative expression has no reference. */
  value: string;
  /** The rule or refiner that produced the value, so every date can be explained. */
  rule: string;
  /** explicit: the words name the calendar date; relative: the reference is needed. */
  basis: "explicit" | "relative";
  /** Inclusive calendar days of a resolved calendar value; null for durations, sets, refs, decades, seasons. */
  span: DaySpan | null;
  /** The expression points after the reference (tomorrow, next week, "will meet on Friday"). */
  future: boolean;
  /** False when the expression is relative and there was no reference to resolve it against. */
  resolved: boolean;
}

export type Tense = "past" | "future";

/** What a rule sees: the whole text, the reference day (epoch day, UTC) and the tense oracle. */
export interface RuleContext {
  text: string;
  reference: number | null;
  /** Tense of the clause around [start, end): decided from the words in the same sentence. */
  tenseAt(start: number, end: number): Tense;
  /**
   * Tense for a month or a day of a month without a year: a deadline word before it
   * ("payable Dec. 7", "by Oct. 31") means future; otherwise the sentence's cue; null when
   * nothing in the sentence tells, in which case the nearest occurrence is used.
   */
  calendarTenseAt(start: number, end: number): Tense | null;
}

/** A mention before overlap removal; `priority` breaks ties between equally long candidates (higher wins). */
export interface Candidate extends Omit<DateMention, "text" | "span"> {
  priority: number;
}

/** A pattern-based rule, in the style of chrono-node's parsers. */
export interface Rule {
  name: string;
  /** Must be global (g) so every occurrence is visited; case-insensitive unless case matters. */
  pattern: RegExp;
  extract(match: RegExpExecArray, context: RuleContext): Candidate | Candidate[] | null;
}
