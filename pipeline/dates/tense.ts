import type { Tense } from "./types";

/**
 * Decides whether an expression such as "Friday" or "January 10" points before or after
 * the reference, from the verbs around it in the same sentence. News reports mostly tell
 * what happened, so a sentence without any cue is read as past.
 */

// Words that announce something still to come. Checked before the past cues, so
// "was set to meet" and "is scheduled to" count as future although they contain a past form.
// "had been scheduled to expire Friday" is a plan told in the past perfect: overtaken, so past.
const FUTURE_CUES =
  /\b(?:will|shall|won't|(?:is|are|was|were|be|(?<!had )been) (?:set|due|scheduled|expected|slated|poised|going) to|due to (?:meet|visit|travel|hold|sign|attend|begin|start|resume|arrive|return|take|open|vote|announce|speak|talk|hold)|(?:plans?|planned|planning|intends?|intended|hopes?|aims?|agreed|prepares?) to|to (?:meet|visit|travel|hold|sign|attend|begin|start|resume|host|arrive|return|open|launch|convene|reconvene)|upcoming|next|would)\b|'ll\b/gi;

// Past forms common in news, plus regular "-ed" verbs written in lower case. Words that merely
// end in "ed" ("will succeed him", "need", "exceed", "hundred") are not past forms.
const PAST_CUES =
  /\b(?:said|says|told|spoke|met|held|took|made|gave|went|came|saw|began|left|won|lost|sent|brought|thought|found|paid|rose|fell|sold|bought|struck|wrote|ran|led|fought|grew|knew|became|did|had|was|were|last|ago|earlier|(?!(?:succeed|proceed|exceed|need|indeed|speed|feed|seed|red|bed|shed|hundred|embed|breed|bleed|heed)\b)[a-z]+ed)\b/g;

const ADJECTIVAL_BEFORE = /\b(?:a|an|the|its|their|his|her|our|this|these|those)\s+(?:(?:still|newly|recently|previously|long|much|widely|so-called|yet)\s+)?$/i;

const PAST_PLAN = /^(?:planned|intended|agreed|hoped|aimed|prepared) to$/i;

const FUTURE_PARTICIPLE = /\b(?:will|shall|would|to)\s+(?:not\s+)?(?:be|have(?:\s+been)?)\s+$/i;

interface Cue {
  start: number;
  end: number;
  tense: Tense;
}

// A period after these does not end the sentence ("Sept. 30", "Mr. Blinken", "U.S. officials").
const ABBREVIATION_BEFORE_PERIOD =
  /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun|Mrs?|Ms|Dr|St|Gen|Col|Lt|Sen|Rep|Gov|Corp|Inc|Co|Ltd|Jr|Sr|No|vs|[A-Z](?:\.[A-Z])*)$/;

/**
 * How far the tense cues are looked for on either side of a date. Real sentences are far shorter; without a
 * bound, text with no sentence ends (a list of dates, junk) makes every date scan the whole text: quadratic.
 */
const MAX_CLAUSE_REACH = 600;

/** Start offset of the sentence holding `offset` (at most MAX_CLAUSE_REACH before it). */
export function sentenceStart(text: string, offset: number): number {
  const limit = Math.max(0, offset - MAX_CLAUSE_REACH);
  for (let i = offset - 1; i > limit; i--) {
    const char = text[i];
    if (char === "\n") return i + 1;
    if ((char === "." || char === "!" || char === "?") && /\s/.test(text[i + 1] ?? "")) {
      if (char === "." && ABBREVIATION_BEFORE_PERIOD.test(text.slice(Math.max(0, i - 6), i))) continue;
      return i + 1;
    }
  }
  return limit;
}

/** End offset (exclusive) of the sentence holding `offset` (at most MAX_CLAUSE_REACH after it). */
export function sentenceEnd(text: string, offset: number): number {
  const limit = Math.min(text.length, offset + MAX_CLAUSE_REACH);
  for (let i = offset; i < limit; i++) {
    const char = text[i];
    if (char === "\n") return i;
    if ((char === "." || char === "!" || char === "?") && /\s|$/.test(text[i + 1] ?? "")) {
      if (char === "." && ABBREVIATION_BEFORE_PERIOD.test(text.slice(Math.max(0, i - 6), i))) continue;
      return i + 1;
    }
  }
  return limit;
}

function cuesIn(sentence: string, base: number): Cue[] {
  const cues: Cue[] = [];
  for (const match of sentence.matchAll(FUTURE_CUES)) {
    cues.push({ start: base + match.index, end: base + match.index + match[0].length, tense: "future" });
  }
  for (const match of sentence.matchAll(PAST_CUES)) {
    const start = base + match.index;
    const end = start + match[0].length;
    if (cues.some((cue) => cue.start < end && start < cue.end)) continue;
    // "a still unspecified date", "the revised figures": a participle after a determiner is an adjective, not a verb.
    if (ADJECTIVAL_BEFORE.test(sentence.slice(Math.max(0, match.index - 16), match.index)) && /ed$/.test(match[0])) continue;
    // "will be held", "is to be signed": a participle governed by a future modal is future.
    const governedByFuture = FUTURE_PARTICIPLE.test(sentence.slice(Math.max(0, match.index - 30), match.index));
    cues.push({ start, end, tense: governedByFuture ? "future" : "past" });
  }
  return cues;
}

/** Tense of the clause around [start, end): the nearest cue in the same sentence decides; null without any cue. */
export function tenseAround(text: string, start: number, end: number): Tense | null {
  const from = sentenceStart(text, start);
  const to = sentenceEnd(text, end);
  const cues = cuesIn(text.slice(from, to), from).filter((cue) => cue.end <= start || cue.start >= end);
  let best: Cue | null = null;
  let bestDistance = Infinity;
  for (const found of cues) {
    // "on Thursday agreed to cooperate": a past verb with an infinitive after the date is the date's verb;
    // the plan it names lies ahead of the agreement, not of the date ("agreed to meet on Friday" is future).
    const cue = found.start >= end && PAST_PLAN.test(text.slice(found.start, found.end)) ? { ...found, tense: "past" as const } : found;
    const distance = cue.end <= start ? start - cue.end : cue.start - end;
    if (distance < bestDistance) {
      best = cue;
      bestDistance = distance;
    }
  }
  return best?.tense ?? null;
}

// Words right before a date that set a deadline or a start, which lie ahead in news
// ("payable Dec. 7", "expires Nov. 21", "by Oct. 31", "effective Feb. 1", "record Nov. 10").
const DEADLINE_BEFORE =
  /\b(?:by|until|till|through|effective|payable|record|expires?|expiring|due|deadline|starting|beginning|before|as of|to)\s+(?:(?:early|late|mid-?)\s*)?$/i;

/**
 * Whether the words just before `start` make the date a deadline or start date. A possessive
 * date ("a revision to December's figures") qualifies a noun, so the word before governs the
 * noun phrase, not the date.
 */
export function deadlineBefore(text: string, start: number, end = start): boolean {
  if (/^['’]s\b/.test(text.slice(end, end + 3))) return false;
  return DEADLINE_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

// "since March", "since early June": a starting point, which lies before the reference.
const SINCE_BEFORE = /\bsince\s+(?:(?:early|late|mid-?)\s*)?$/i;

/** Whether "since" right before `start` makes the date a past starting point. */
export function sinceBefore(text: string, start: number): boolean {
  return SINCE_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}
