/**
 * The trigger lexicon (data/lexicon/triggers.json): words that name a diplomatic act, with their PLOVER
 * type and mode. Verbs are stored as lemmas; their inflections are generated here (irregular forms come
 * from data/lexicon/irregular.json), so the data stays short and the matching exact.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { eventTypeSchema } from "../../lib/schema";

const entrySchema = z.object({
  phrase: z.string().min(1),
  type: eventTypeSchema,
  mode: z.string().nullable(),
  reporting: z.boolean().optional(),
  /** A state rather than an act ("buildup"): it describes, it does not happen on a day. */
  state: z.boolean().optional(),
  /** Words that, right before it, make it something else ("press conference" is not a conference of states). */
  notAfter: z.array(z.string()).optional(),
});
const triggersFile = z.object({ verbs: z.array(entrySchema), nouns: z.array(entrySchema) });
const irregularFile = z.object({ verbs: z.record(z.string(), z.tuple([z.string(), z.string(), z.string(), z.string()])) });

export type TriggerEntry = z.infer<typeof entrySchema> & { pos: "verb" | "noun" };
export type VerbForm = "base" | "third" | "past" | "participle" | "gerund" | "noun";

export interface LexiconPattern {
  /** Lowercase tokens; the first is inflected, later ones may take a plural -s. */
  tokens: string[];
  form: VerbForm;
  entry: TriggerEntry;
}

const LEXICON_DIR = new URL("../../data/lexicon/", import.meta.url);

export function inflect(lemma: string, irregular: Record<string, [string, string, string, string]>): Array<[string, VerbForm]> {
  const known = irregular[lemma];
  if (known) return [[lemma, "base"], [known[0], "third"], [known[1], "past"], [known[2], "participle"], [known[3], "gerund"]];
  const consonantY = /[^aeiou]y$/.test(lemma);
  const third = /(?:s|x|z|ch|sh)$/.test(lemma) ? `${lemma}es` : consonantY ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = lemma.endsWith("e") ? `${lemma}d` : consonantY ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const gerund = lemma.endsWith("e") && !lemma.endsWith("ee") ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [[lemma, "base"], [third, "third"], [past, "past"], [past, "participle"], [gerund, "gerund"]];
}

let cached: Map<string, LexiconPattern[]> | undefined;

/** Patterns indexed by their first token, longest first. */
export function loadLexicon(): Map<string, LexiconPattern[]> {
  if (cached) return cached;
  const triggers = triggersFile.parse(JSON.parse(readFileSync(new URL("triggers.json", LEXICON_DIR), "utf8")));
  const irregular = irregularFile.parse(JSON.parse(readFileSync(new URL("irregular.json", LEXICON_DIR), "utf8"))).verbs;
  const byFirst = new Map<string, LexiconPattern[]>();
  const seen = new Set<string>();
  const add = (pattern: LexiconPattern) => {
    const key = `${pattern.tokens.join(" ")}|${pattern.entry.pos}|${pattern.form}`;
    if (seen.has(key)) return;
    seen.add(key);
    const list = byFirst.get(pattern.tokens[0]!) ?? [];
    list.push(pattern);
    byFirst.set(pattern.tokens[0]!, list);
  };
  for (const verb of triggers.verbs) {
    const [lemma, ...rest] = verb.phrase.toLowerCase().split(" ");
    for (const [form, kind] of inflect(lemma!, irregular)) add({ tokens: [form, ...rest], form: kind, entry: { ...verb, pos: "verb" } });
  }
  for (const noun of triggers.nouns) {
    const tokens = noun.phrase.toLowerCase().split(" ");
    add({ tokens, form: "noun", entry: { ...noun, pos: "noun" } });
    const last = tokens.at(-1)!;
    if (!last.endsWith("s")) add({ tokens: [...tokens.slice(0, -1), `${last}s`], form: "noun", entry: { ...noun, pos: "noun" } });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  cached = byFirst;
  return cached;
}
