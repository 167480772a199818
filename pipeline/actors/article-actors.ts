/**
 * Actors sentence by sentence through one article, remembering who the article has introduced:
 * a person first named in full ("Foreign Minister Ann Linde", or an unknown "Hamza Yusuf" acting) is
 * later found by surname alone ("Linde said"), and "the minister" or a subject "he" resolve to people
 * the article has just named (see coreference.ts).
 */
import type { Actor } from "../../lib/schema";
import { resolveReferences } from "./coreference";
import { findActors, type ActorMention } from "./find-actors";
import { findUnknownActors } from "./unknown-actors";
import { escapeRegExp } from "../util/regex";

export class ArticleActors {
  /** Surnames of people this article introduced that the gazetteer does not know, with their pattern. */
  private readonly surnames = new Map<string, { actor: Actor; pattern: RegExp }>();

  constructor(private readonly text: string) {}

  /** Every actor in the sentence; `acts` are the asserted acts, next to which unknown names count. */
  inSentence(start: number, end: number, acts: Array<{ start: number; end: number }>, recentPeople: Actor[]): ActorMention[] {
    const known = findActors(this.text, start, end);
    const bySurname = this.surnameMentions(start, end, known);
    const unknown = findUnknownActors(this.text, start, end, acts, [...known, ...bySurname]);
    const references = resolveReferences(this.text, start, end, recentPeople);
    const all = [...known, ...bySurname, ...unknown, ...references].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const m of all) this.remember(m);
    return all;
  }

  private remember(mention: ActorMention): void {
    const { actor } = mention;
    if (actor.kind !== "person" || (mention.via !== "role" && mention.via !== "guess")) return;
    const surname = actor.name.split(" ").at(-1);
    // "Queen Elizabeth II" is not "II" later on.
    if (!surname || surname.length < 3 || /^[IVX]+$/.test(surname) || !actor.name.includes(" ") || this.surnames.has(surname)) return;
    this.surnames.set(surname, { actor, pattern: new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, "gu") });
  }

  private surnameMentions(start: number, end: number, known: ActorMention[]): ActorMention[] {
    const found: ActorMention[] = [];
    const slice = this.text.slice(start, end);
    for (const [surname, { actor, pattern }] of this.surnames) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
        const at = start + m.index;
        if (known.some((k) => k.start <= at && at < k.end)) continue;
        found.push({ start: at, end: at + surname.length, text: surname, actor, via: "surname", modifier: false });
      }
    }
    return found;
  }
}
