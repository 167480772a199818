/**
 * Picks the main act of a sentence among its triggers, and the date that belongs to it.
 * Preference, in order: an asserted act whose own clause holds a date; an asserted act that is not mere
 * speech (verbs before nouns); then speech ("said", "told") — which gives way to the act it reports
 * ("The Kremlin said last week that Putin warned Biden" is a warning) — but not to a noun that is only
 * the topic of what was said.
 */
import type { DateMention } from "../dates/index";
import { clauseStart, crossesClause } from "./tokens";
import { isAsserted, type Trigger } from "./triggers";

export interface MainAct {
  trigger: Trigger;
  date: DateMention | null;
}

/**
 * The mentions (sorted by start, as extractDates returns them) that can date the sentence [start, end):
 * calendar mentions only; durations, sets and PRESENT_REF-style references do not date an act.
 */
export function datingMentions(mentions: DateMention[], start: number, end: number): DateMention[] {
  // Binary search for the first mention at or after `start`: a scan of every mention per sentence is quadratic.
  let low = 0, high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mentions[mid]!.start < start) low = mid + 1;
    else high = mid;
  }
  const found: DateMention[] = [];
  for (let i = low; i < mentions.length && mentions[i]!.start < end; i++) {
    const m = mentions[i]!;
    if (m.end <= end && m.type === "DATE" && (m.span !== null || !m.resolved)) found.push(m);
  }
  return found;
}

export function chooseMainAct(text: string, triggers: Trigger[], dates: DateMention[], sentenceStart = 0): MainAct | null {
  const asserted = triggers.filter(isAsserted);
  if (asserted.length === 0) return null;
  const clauseDate = (t: Trigger) => nearest(dates.filter((d) => !crossesClause(text, t.end <= d.start ? t.end : d.end, t.end <= d.start ? d.start : t.start)), t);
  // A noun inside what someone said ("said that the issue of the visit is ...") is a topic, not the act,
  // unless it is announced ("said that a summit will open").
  const speech = asserted.filter((t) => t.entry.reporting && t.entry.pos === "verb");
  const reportedTopic = (t: Trigger) => t.entry.pos === "noun" && !t.future && speech.some((s) => s.end <= t.start && /\bthat\b/i.test(text.slice(s.end, t.start)));
  const acts = asserted.filter((t) => !t.entry.reporting && !reportedTopic(t));
  // Of the acts with a date in their clause, the one closest to its date ("the call comes days before
  // officials are set to meet ... on January 10": the date is the meeting's).
  let dated: Trigger | undefined;
  let datedDistance = Infinity;
  for (const act of acts) {
    const date = clauseDate(act);
    if (date && distance(date, act) < datedDistance) {
      dated = act;
      datedDistance = distance(date, act);
    }
  }
  const trigger = dated ?? acts.find((t) => t.entry.pos === "verb") ?? acts[0] ?? asserted[0]!;
  // A date in another clause dates the act only from a main clause: "Kenya, which helped form the
  // government in 2004, asked Ethiopia ..." does not date the asking.
  const mainClauseDates = dates.filter((d) => !inSubordinateClause(text, d, sentenceStart));
  const date = clauseDate(trigger) ?? (mainClauseDates.length === 1 ? mainClauseDates[0]! : nearest(mainClauseDates, trigger));
  return { trigger, date };
}

const SUBORDINATORS = /^\s*(?:which|who|whom|whose|when|where|after|before|since|while|although|though|because|as|until|once|if|unless|whereas)\b/i;

/** A full stop after a word inside a quoted passage ends a clause too; an initial ("George W. Bush") does not. */
const INNER_SENTENCE_END = /\p{Ll}{2}[.!?]["”’]?\s+/gu;

function inSubordinateClause(text: string, d: DateMention, sentenceStart: number): boolean {
  let floor = sentenceStart;
  for (const m of text.slice(sentenceStart, d.start).matchAll(INNER_SENTENCE_END)) floor = sentenceStart + m.index + m[0].length;
  return SUBORDINATORS.test(text.slice(clauseStart(text, d.start, floor), d.start));
}

function distance(d: DateMention, t: Trigger): number {
  return d.start >= t.end ? d.start - t.end : Math.max(0, t.start - d.end);
}

function nearest(dates: DateMention[], t: Trigger): DateMention | null {
  let best: DateMention | null = null;
  for (const d of dates) if (best === null || distance(d, t) < distance(best, t)) best = d;
  return best;
}
