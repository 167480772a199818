/**
 * Finds actors in a stretch of article text: gazetteer names (longest match first, case-sensitive because
 * they are proper nouns), and people introduced by a title ("Foreign Minister Dmytro Kuleba"), whose
 * country comes from the word before the title ("Ukrainian", "Ukraine", "State Department").
 */
import type { Actor } from "../../lib/schema";
import { escapeRegExp } from "../util/regex";
import { loadGazetteer, type Gazetteer, type GazetteerEntry, type Via } from "./gazetteer";

export interface ActorMention {
  start: number;
  end: number;
  text: string;
  actor: Actor;
  via: Via;
  /** A country or body that only qualifies a person ("Russian" in "Russian President Vladimir Putin"). */
  modifier: boolean;
}

const NAME_TOKEN = String.raw`\p{Lu}[\p{L}'’-]*\.?`;

interface Matchers {
  names: RegExp;
  byAlias: Map<string, GazetteerEntry>;
  role: RegExp;
}

let matchers: Matchers | undefined;
/** The gazetteer the matchers were built from: a configured one (configureGazetteer) makes new ones. */
let matchersOf: Gazetteer | undefined;

function buildMatchers(gazetteer: Gazetteer): Matchers {
  const byAlias = new Map(gazetteer.entries.map((e) => [e.alias, e]));
  const names = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${gazetteer.entries.map((e) => escapeRegExp(e.alias)).join("|")})(?![\p{L}\p{N}])`, "gu");
  const roleAlternatives = gazetteer.roles.flatMap((r) => [r, r[0]!.toLowerCase() + r.slice(1)]).map(escapeRegExp);
  // Title, then one to three capitalised name tokens (not followed by more capitalised words, which would
  // make it an organization: "President Biden" yes, "Secretary General Assembly" no).
  const role = new RegExp(String.raw`(?<![\p{L}])(${roleAlternatives.join("|")})\s+(${NAME_TOKEN}(?:\s+${NAME_TOKEN}){0,2})(?![\p{L}])`, "gu");
  return { names, byAlias, role };
}

export function findActors(text: string, start = 0, end = text.length): ActorMention[] {
  const gazetteer = loadGazetteer();
  if (!matchers || matchersOf !== gazetteer) {
    matchers = buildMatchers(gazetteer);
    matchersOf = gazetteer;
  }
  const { names, byAlias, role } = matchers;
  const slice = text.slice(start, end);

  const mentions: ActorMention[] = [];
  names.lastIndex = 0;
  for (let m = names.exec(slice); m; m = names.exec(slice)) {
    const entry = byAlias.get(m[0]);
    if (!entry) continue;
    // "in Vienna", "to Moscow": a capital after a preposition of place is where, not who.
    if (entry.via === "seat" && /\b(?:in|at|to|from|into|near|outside)\s+(?:the\s+)?$/i.test(slice.slice(Math.max(0, m.index - 12), m.index))) continue;
    mentions.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0], actor: entry.actor, via: entry.via, modifier: false });
  }

  role.lastIndex = 0;
  for (let m = role.exec(slice); m; m = role.exec(slice)) {
    const title = m[1]!;
    const nameText = trimName(m[2]!);
    if (!nameText) continue;
    const nameStart = start + m.index + m[0].indexOf(m[2]!, title.length);
    const nameEnd = nameStart + nameText.length;
    const inside = mentions.filter((x) => x.start >= nameStart && x.end <= nameEnd);
    // A name made only of a country or organization ("President Putin" is a person, "Minister Russia" is not).
    const known = inside.find((x) => x.actor.kind === "person");
    if (!known && inside.some((x) => x.actor.kind !== "person")) continue;
    const roleStart = start + m.index;
    const qualifier = mentions.find((x) => x.end <= roleStart && /^(?:\s+|'s\s+|’s\s+)$/.test(text.slice(x.end, roleStart)) && x.actor.kind !== "person");
    if (qualifier) qualifier.modifier = true;
    const actor: Actor = known?.actor ?? {
      name: nameText,
      kind: "person",
      country: qualifier?.actor.country ?? null,
      role: qualifier && qualifier.actor.kind !== "country" ? `${qualifier.actor.name} ${title.toLowerCase()}` : capitalise(title),
    };
    for (const x of inside) mentions.splice(mentions.indexOf(x), 1);
    mentions.push({ start: nameStart, end: nameEnd, text: text.slice(nameStart, nameEnd), actor, via: known ? known.via : "role", modifier: false });
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Drops trailing tokens that are not part of a name ("Biden Monday"). */
function trimName(name: string): string {
  const tokens = name.split(/\s+/);
  // A final full stop ends the sentence, not an initial ("Ned Price." vs "George W.").
  if (tokens.length > 0 && /^\p{L}{2,}\.$/u.test(tokens.at(-1)!)) tokens[tokens.length - 1] = tokens.at(-1)!.slice(0, -1);
  while (tokens.length > 0 && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/.test(tokens.at(-1)!)) tokens.pop();
  return tokens.join(" ");
}

function capitalise(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

/** The distinct actors of a list of mentions, in order of first mention; modifiers left out. */
export function distinctActors(mentions: ActorMention[]): Actor[] {
  const seen = new Map<string, Actor>();
  for (const m of mentions) if (!m.modifier && !seen.has(m.actor.name)) seen.set(m.actor.name, m.actor);
  return [...seen.values()];
}
