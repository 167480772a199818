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
  const clauseBreak = Math.max(...[",", ";", "”", '"', "(", ")"].map((c) => text.lastIndexOf(c, trigger.start - 1)));
  from = Math.max(from, clauseBreak + 1, sentenceStart);
  const mentions = actors.filter((m) => m.start >= from && m.end <= trigger.start);
  const first = mentions[0];
  return first ? { start: first.start, mentions } : null;
}

/** Where the predicate ends, and the first actor in it: cut at the date, the next clause, a stop word or twelve words. */
export function predicateOf(text: string, trigger: Trigger, date: DateMention | null, actors: ActorMention[], sentenceEnd: number): { end: number; object: ActorMention | null } {
  const tokens = tokenize(text, trigger.end, sentenceEnd);
  let end = trigger.end;
  let object: ActorMention | null = null;
  for (const [count, token] of tokens.entries()) {
    if (count >= MAX_WORDS) break;
    if (/[,;:()“”"\u2013\u2014]/.test(text.slice(end, token.start))) break;
    if (date && token.start >= date.start && token.start < date.end) break;
    if (STOP_AFTER.has(token.lower)) break;
    const mention = actors.find((m) => m.start === token.start && !m.modifier);
    if (mention && object) break;
    if (mention) object = mention;
    end = token.end;
  }
  return { end, object };
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
