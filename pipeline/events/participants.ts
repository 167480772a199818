/**
 * Who acts and who is acted upon, read from the words around the main act: the subject is the run of
 * actors named just before the verb in its clause ("Putin warned", "Russian and US officials are set to
 * meet"), the object the first actor after it ("warned Biden", "spoke with eastern NATO allies").
 * Acts named by a noun ("a phone call between A and B") have participants but no direction.
 */
import type { ActorMention } from "../actors/find-actors";
import type { DateMention } from "../dates/index";
import { tokenize } from "./tokens";
import type { Trigger } from "./triggers";

/** Words that open a new clause: the subject of "said that Putin warned" is Putin, not the speaker. */
const CLAUSE_OPENERS = new Set(["that", "which", "who", "whom", "while", "after", "before", "when", "as", "because", "although", "but"]);
const STOP_AFTER = new Set([
  "that", "according", "amid", "as", "after", "while", "about", "over", "because", "following", "saying", "which",
  "who", "where", "when", "during", "despite", "before", "since", "until", "but", "although", "though", "whether", "if",
]);
const MAX_WORDS = 12;

export interface Subject {
  start: number;
  mentions: ActorMention[];
}

/** The actors named before the act, within its clause and ten words. */
export function subjectOf(text: string, sentenceStart: number, trigger: Trigger, actors: ActorMention[]): Subject | null {
  const words = tokenize(text, sentenceStart, trigger.start);
  let from = words.length > 10 ? words[words.length - 10]!.start : sentenceStart;
  for (const word of words) if (CLAUSE_OPENERS.has(word.lower)) from = Math.max(from, word.end);
  // Searched within the sentence only: a search back through the whole text, once per act, is quadratic.
  const before = text.slice(sentenceStart, trigger.start);
  const clauseBreak = sentenceStart + Math.max(...[",", ";", "”", '"', "(", ")"].map((c) => before.lastIndexOf(c)));
  from = Math.max(from, clauseBreak + 1, sentenceStart);
  const mentions = actors.filter((m) => m.start >= from && m.end <= trigger.start);
  const first = mentions[0];
  return first ? { start: first.start, mentions } : null;
}

/**
 * The predicate as runs of text, and the first actor in it: cut at the next clause, a stop word, a second
 * actor or twelve words. A date right after the verb is stepped over ("condemned [on Thursday] the
 * bombings"); a date after the object ends it ("spoke with NATO allies [Monday]").
 */
export function predicateOf(text: string, trigger: Trigger, date: DateMention | null, actors: ActorMention[], sentenceEnd: number): { runs: Array<[number, number]>; end: number; object: ActorMention | null } {
  const tokens = tokenize(text, trigger.end, sentenceEnd);
  const runs: Array<[number, number]> = [[trigger.start, trigger.end]];
  let previousEnd = trigger.end;
  let words = 0;
  let object: ActorMention | null = null;
  let skipping = false;
  for (const token of tokens) {
    if (words >= MAX_WORDS) break;
    if (/[,;:()“”"\u2013\u2014]/.test(text.slice(previousEnd, token.start))) break;
    const inDate = date !== null && token.start >= date.start && token.start < date.end;
    const beforeDate = date !== null && token.end <= date.start && /^(?:on|in|at|late|early|last)$/.test(token.lower) && /^\s*$/.test(text.slice(token.end, date.start).replace(/^\s*(?:on|in|late|early)\s*/i, ""));
    if (inDate || beforeDate) {
      if (words > 0) break; // the date closes a predicate that already has words
      skipping = true;
      previousEnd = token.end;
      continue;
    }
    if (STOP_AFTER.has(token.lower)) break;
    const mention = actors.find((m) => m.start === token.start && !m.modifier);
    if (mention && object) break;
    if (mention) object = mention;
    if (skipping) {
      runs.push([token.start, token.end]);
      skipping = false;
    } else runs[runs.length - 1]![1] = token.end;
    previousEnd = token.end;
    words++;
  }
  return { runs, end: runs[runs.length - 1]![1], object };
}

/** The predicate's words as one string ("condemned the bombings", the date left out). */
export function joinRuns(text: string, runs: Array<[number, number]>): string {
  return runs.map(([start, end]) => text.slice(start, end)).join(" ");
}

export interface Participants {
  sources: string[];
  targets: string[];
}

/** Names of the acting and acted-upon actors of the main act (empty for acts named by nouns). */
export function participantsOf(text: string, sentenceStart: number, sentenceEnd: number, trigger: Trigger, date: DateMention | null, actors: ActorMention[]): Participants {
  if (trigger.entry.pos === "noun") return { sources: [], targets: [] };
  const subject = subjectOf(text, sentenceStart, trigger, actors);
  const subjects = [...new Set((subject?.mentions ?? []).filter((m) => !m.modifier).map((m) => m.actor.name))];
  const { object } = predicateOf(text, trigger, date, actors, sentenceEnd);
  if (trigger.passive) {
    // "Ferreiro was detained by police": the subject is the target; the agent follows "by".
    const agent = object && /\bby\s+(?:the\s+)?[^\s]*\s*$/i.test(text.slice(trigger.end, object.start)) ? object.actor.name : null;
    return { sources: agent && !subjects.includes(agent) ? [agent] : [], targets: subjects };
  }
  const targets = object && !subjects.includes(object.actor.name) ? [object.actor.name] : [];
  return { sources: subjects, targets };
}
