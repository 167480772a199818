/**
 * Finds the words of a sentence that name a diplomatic act and reads, for each, what the grammar around it
 * says: quoted, negated ("is not considering sending"), hypothetical ("if Russia invades", "would impose"),
 * embedded ("getting him to withdraw"), scheduled ("are set to meet"), or ongoing ("has been dispatching").
 */
import { loadLexicon, type TriggerEntry, type VerbForm } from "./lexicon";
import { clauseStart, insideQuote, tokenize, type Token } from "./tokens";

export interface Trigger {
  start: number;
  end: number;
  text: string;
  entry: TriggerEntry;
  form: VerbForm;
  tokenIndex: number;
  quoted: boolean;
  negated: boolean;
  hypothetical: boolean;
  embedded: boolean;
  future: boolean;
  ongoing: boolean;
  /** "was detained", "Arrested by ...": the grammatical subject is acted upon. */
  passive: boolean;
  /** A passive with its agent: "was shelled by ...". */
  agent: boolean;
}

const NEGATORS = new Set(["not", "n't", "never", "no", "without", "neither", "nor", "cannot"]);
/** "scrapped plans to visit", "called off talks": a plan given up is not a happening. */
const ABANDONED = new Set(["scrapped", "cancelled", "canceled", "abandoned", "dropped", "shelved", "off"]);
const HYPOTHETICAL = new Set(["if", "unless", "would", "could", "might", "may", "whether", "should", "lest"]);
const FUTURE = new Set(["will", "shall", "'ll", "next"]);
/** "are set to meet": verbs after which a to-infinitive is a plan, not a mere possibility. */
const PLAN_BEFORE_TO = new Set(["set", "due", "scheduled", "expected", "plans", "plan", "planned", "planning", "going", "agreed", "agree", "is", "are", "was", "were", "decided", "decides", "prepared", "ready", "slated"]);
const PROGRESSIVE = new Set(["been", "is", "are", "was", "were", "continues", "continue", "continued", "keeps"]);
const DETERMINERS = new Set(["a", "an", "the", "this", "that", "his", "her", "their", "its", "our", "another", "every", "each", "phone", "telephone", "video"]);
const PARTICLES = new Set(["with", "to", "for", "on", "out"]);
const DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const MEDIA = [["phone"], ["telephone"], ["video"], ["videoconference"], ["video", "link"]];
/**
 * What may stand between a verb and its particle, as whole phrases: a day, or how the talk was held
 * ("spoke Sunday with", "spoke on Monday with", "spoke by phone with", "spoke over the phone with").
 * Phrases, not words: "spoke phone with" is no event.
 */
const GAP_PHRASES: string[][] = [
  ...["yesterday", "today", "tonight", "again", "also", "publicly", "separately", "earlier", "later", "privately", "directly", "briefly", ...DAYS].map((w) => [w]),
  ...DAYS.map((day) => ["on", day]),
  ...MEDIA.map((medium) => ["by", ...medium]),
  ...["over", "on"].flatMap((preposition) => [["the", "phone"], ["the", "telephone"]].map((medium) => [preposition, ...medium])),
].sort((a, b) => b.length - a.length);
/** At most this many words between a verb and its particle: "spoke by phone on Monday with". */
const MAX_GAP = 4;
const PASSIVE_AUXILIARIES = new Set(["was", "were", "been", "be", "being", "is", "are", "got", "get", "gets"]);
const QUESTION_WORDS = new Set(["when", "whether", "about", "if", "why", "how", "what", "who", "which"]);
const FIRST_TOKEN_WORD = /^[\p{L}]/u;

export function findTriggers(text: string, sentenceStart: number, sentenceEnd: number): Trigger[] {
  const lexicon = loadLexicon();
  const tokens = tokenize(text, sentenceStart, sentenceEnd);
  const triggers: Trigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!FIRST_TOKEN_WORD.test(token.text)) continue;
    for (const pattern of lexicon.get(token.lower) ?? []) {
      // Verbs are lowercase in running text; a capital means a name ("United States", "Rally Party").
      if (pattern.entry.pos === "verb" && token.text[0] !== token.lower[0] && i !== 0) continue;
      if (i > 0 && pattern.entry.notAfter?.includes(tokens[i - 1]!.lower)) continue;
      // After a number it is a noun too: "1.52 million telephone lines", "two bomb blasts".
      if (pattern.entry.pos === "verb" && i > 0 && /^(?:[\d.,]+|million|billion|thousand|hundred|dozens?)$/.test(tokens[i - 1]!.lower) && /^\s+$/.test(text.slice(tokens[i - 1]!.end, token.start))) continue;
      // After a determiner the word is a noun: "a call", "their talks", "the visit".
      if (pattern.entry.pos === "verb" && i > 0 && DETERMINERS.has(tokens[i - 1]!.lower)) continue;
      const end = matchRest(tokens, i, pattern.tokens);
      if (end === -1) continue;
      const last = tokens[end]!;
      triggers.push(analyse(text, tokens, i, { start: token.start, end: last.end, text: text.slice(token.start, last.end), entry: pattern.entry, form: pattern.form, tokenIndex: i }, sentenceStart));
      i = end;
      break;
    }
  }
  return triggers;
}

/** Matches the rest of a multi-word trigger, allowing up to three words in between ("held a 50-minute phone call"). */
function matchRest(tokens: Token[], first: number, patternTokens: string[]): number {
  let at = first;
  for (const want of patternTokens.slice(1)) {
    const found = PARTICLES.has(want) ? particleAfter(tokens, at, want) : wordWithin(tokens, at, want);
    if (found === -1) return -1;
    at = found;
  }
  return at;
}

const isWord = (token: Token, want: string) => token.lower === want || token.lower === `${want}s`;

function wordWithin(tokens: Token[], at: number, want: string): number {
  for (let j = at + 1; j <= at + 3 && j < tokens.length; j++) if (isWord(tokens[j]!, want)) return j;
  return -1;
}

/** A particle follows its verb at once, or after gap phrases only (longest first: "by video link"). */
function particleAfter(tokens: Token[], at: number, want: string): number {
  for (let j = at + 1; j < tokens.length && j - at - 1 <= MAX_GAP; ) {
    if (isWord(tokens[j]!, want)) return j;
    const phrase = GAP_PHRASES.find((words) => words.every((word, k) => tokens[j + k]?.lower === word));
    if (!phrase) return -1;
    j += phrase.length;
  }
  return -1;
}

function analyse(text: string, tokens: Token[], index: number, base: Omit<Trigger, "quoted" | "negated" | "hypothetical" | "embedded" | "future" | "ongoing" | "passive" | "agent">, sentenceStart: number): Trigger {
  const clauseFrom = clauseStart(text, base.start, sentenceStart);
  const before = tokens.slice(0, index).filter((t) => t.start >= clauseFrom).map((t) => t.lower);
  const near = before.slice(-4);
  const previous = before.at(-1);
  const beforePrevious = before.at(-2);
  const negated = near.some((w) => NEGATORS.has(w) || w.endsWith("n't")) || before.slice(-5).some((w) => ABANDONED.has(w));
  const toInfinitive = previous === "to" && (base.form === "base");
  const planned = toInfinitive && beforePrevious !== undefined && PLAN_BEFORE_TO.has(beforePrevious);
  const future = before.some((w) => FUTURE.has(w)) || planned;
  const hypothetical = before.some((w) => HYPOTHETICAL.has(w));
  // "getting him to withdraw", "petitioned to join": the act is wanted, not done.
  const embedded = (toInfinitive && !planned) || (base.form === "gerund" && previous !== undefined && ["considering", "about", "of", "for", "against", "from"].includes(previous));
  const ongoing = base.form === "gerund" && previous !== undefined && PROGRESSIVE.has(previous);
  const participle = base.form === "past" || base.form === "participle";
  const next = tokens[index + 1]?.lower;
  const passive = participle && ((previous !== undefined && PASSIVE_AUXILIARIES.has(previous)) || (index === 0 && next === "by"));
  // "Asked when Bush would decide, Hadley said ...": an opening participle about a question is the reporter's.
  const openingQuestion = participle && index === 0 && next !== undefined && QUESTION_WORDS.has(next);
  // A noun's modality comes from the verb after it: "talks would resume", "a summit will open".
  const following = base.form === "noun" ? tokens.slice(index + 1, index + 3).map((t) => t.lower) : [];
  const nounFuture = following.some((w) => w === "will" || w === "shall");
  const nounHypothetical = following.some((w) => ["would", "could", "might", "may"].includes(w));
  return {
    ...base,
    quoted: insideQuote(text, base.start, sentenceStart),
    negated,
    hypothetical: hypothetical || nounHypothetical,
    embedded: embedded || openingQuestion,
    future: future || nounFuture,
    passive,
    agent: passive && tokens.slice(index + 1, index + 4).some((t) => t.lower === "by"),
    ongoing,
  };
}

/** An act the sentence asserts happened, happens or will happen. */
export function isAsserted(t: Trigger): boolean {
  return !t.quoted && !t.negated && !t.hypothetical && !t.embedded && !t.entry.state && !agentlessViolence(t);
}

/** "Nineteen people were killed in a collision": violence needs an attacker, and a passive without "by" names none. */
function agentlessViolence(t: Trigger): boolean {
  return t.entry.type === "ASSAULT" && t.passive && !t.agent;
}
