/**
 * Light coreference inside an article: "the Secretary", "the president" and a subject "he"/"she" refer to a
 * person the article has just named. A role noun resolves to the latest such person whose role contains it;
 * a pronoun to the latest person named, only when the previous sentence named exactly one person (else it is
 * ambiguous and stays unresolved).
 */
import type { Actor } from "../../lib/schema";
import type { ActorMention } from "./find-actors";

const ROLE_NOUN = /\b[Tt]he (secretary|Secretary|president|President|minister|Minister|chancellor|Chancellor|prime minister|Prime Minister|spokesperson|spokesman|spokeswoman|foreign minister|Foreign Minister)\b/g;
const SUBJECT_PRONOUN = /(?:^|[.,”"]\s*)(he|she|He|She)\s+(?=[a-z]+(?:ed|s)?\b)/g;

export function resolveReferences(text: string, start: number, end: number, recentPeople: Actor[]): ActorMention[] {
  const slice = text.slice(start, end);
  const found: ActorMention[] = [];
  ROLE_NOUN.lastIndex = 0;
  for (let m = ROLE_NOUN.exec(slice); m; m = ROLE_NOUN.exec(slice)) {
    const noun = m[1]!.toLowerCase();
    const person = [...recentPeople].reverse().find((p) => p.role?.toLowerCase().includes(noun));
    if (person) found.push(mention(start + m.index, m[0], person));
  }
  const distinct = new Set(recentPeople.map((p) => p.name));
  const latest = recentPeople.at(-1);
  if (latest && distinct.size === 1) {
    SUBJECT_PRONOUN.lastIndex = 0;
    for (let m = SUBJECT_PRONOUN.exec(slice); m; m = SUBJECT_PRONOUN.exec(slice)) {
      const offset = start + m.index + m[0].indexOf(m[1]!);
      found.push(mention(offset, m[1]!, latest));
    }
  }
  return found;
}

function mention(start: number, text: string, actor: Actor): ActorMention {
  return { start, end: start + text.length, text, actor, via: "reference", modifier: false };
}
