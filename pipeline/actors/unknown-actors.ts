/**
 * Names the gazetteer does not know still become actors when they act like one: a capitalised name right
 * before a diplomatic verb ("Hamza Yusuf met ...", "the Ministry of Defence denied ...") or right after it
 * ("... met Hamza Yusuf"). The kind is guessed from the words of the name (data/gazetteer/name-hints.json):
 * "Ministry", "Council" → organization; "Front", "Forces" → group; two or three plain words → person.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Actor } from "../../lib/schema";
import type { ActorMention } from "./find-actors";

const hintsFile = z.object({ organizationWords: z.array(z.string()), groupWords: z.array(z.string()), notNames: z.array(z.string()) });

interface Hints {
  organization: Set<string>;
  group: Set<string>;
  notNames: Set<string>;
}
let hints: Hints | undefined;

function loadHints(): Hints {
  if (hints) return hints;
  const file = hintsFile.parse(JSON.parse(readFileSync(new URL("../../data/gazetteer/name-hints.json", import.meta.url), "utf8")));
  hints = { organization: new Set(file.organizationWords), group: new Set(file.groupWords), notNames: new Set(file.notNames) };
  return hints;
}

const CAPITALISED = /^\p{Lu}[\p{L}'’-]*$/u;
const CONNECTORS = new Set(["of", "for", "and", "the", "de", "al", "bin", "von", "van", "der"]);
const WORD = /[\p{L}][\p{L}'’-]*/gu;

interface Word {
  start: number;
  end: number;
  text: string;
}

/** Unknown actors next to the given act positions (the start and end of each asserted verb). */
export function findUnknownActors(text: string, sentenceStart: number, sentenceEnd: number, acts: Array<{ start: number; end: number }>, known: ActorMention[]): ActorMention[] {
  const words: Word[] = [];
  const slice = text.slice(sentenceStart, sentenceEnd);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) words.push({ start: sentenceStart + m.index, end: sentenceStart + m.index + m[0].length, text: m[0] });
  const found: ActorMention[] = [];
  for (const act of acts) {
    const before = words.filter((w) => w.end <= act.start);
    const after = words.filter((w) => w.start >= act.end);
    const runBefore = nameRun([...before].reverse(), text, true);
    const runAfter = nameRun(after, text, false);
    for (const run of [runBefore, runAfter]) {
      if (!run) continue;
      if (known.some((k) => k.start < run.end && run.start < k.end) || found.some((f) => f.start === run.start)) continue;
      const actor = guessActor(run.text);
      if (actor) found.push({ start: run.start, end: run.end, text: run.text, actor, via: "guess", modifier: false });
    }
  }
  return found;
}

/** The run of capitalised words (with inner connectors) next to the act, walking away from it. */
function nameRun(words: Word[], text: string, backwards: boolean): { start: number; end: number; text: string } | null {
  const run: Word[] = [];
  for (const word of words) {
    const last = run.at(-1);
    // Only adjacent words (a space apart) belong to one name.
    if (last && !/^\s+$/.test(backwards ? text.slice(word.end, last.start) : text.slice(last.end, word.start))) break;
    // "On Monday Hamza Yusuf met": openers, days and months end the name.
    if (loadHints().notNames.has(word.text.replace(/[’']s$/, ""))) break;
    if (CAPITALISED.test(word.text)) run.push(word);
    else if (CONNECTORS.has(word.text) && run.length > 0) run.push(word);
    else break;
    if (run.length > 6) return null;
  }
  while (run.length > 0 && CONNECTORS.has(run.at(-1)!.text)) run.pop();
  if (run.length === 0) return null;
  const ordered = backwards ? [...run].reverse() : run;
  const start = ordered[0]!.start, end = ordered.at(-1)!.end;
  return { start, end, text: text.slice(start, end) };
}

function guessActor(name: string): Actor | null {
  const { organization, group, notNames } = loadHints();
  const tokens = name.split(/\s+/);
  const capitalised = tokens.filter((t) => CAPITALISED.test(t));
  if (capitalised.some((t) => notNames.has(t.replace(/[’']s$/, "")))) return null;
  if (tokens.some((t) => organization.has(t))) return { name, kind: "organization", country: null, role: null };
  if (tokens.some((t) => group.has(t))) return { name, kind: "group", country: null, role: null };
  // A person: two or three plain capitalised words ("Hamza Yusuf"); a lone word is too often not a name.
  const plain = capitalised.length === tokens.length && !tokens.some((t) => /[’']s$/.test(t));
  return plain && tokens.length >= 2 && tokens.length <= 3 ? { name, kind: "person", country: null, role: null } : null;
}
