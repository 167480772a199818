/**
 * Finds a passage again in an article whose text may have changed since the passage was recorded,
 * from its W3C selectors (./selectors.ts). Never guesses: below a minimum score, or when two places
 * match about equally well, the passage is an orphan, with the reason.
 *
 * 1. Position: the exact words at the recorded offsets with the recorded context: nothing moved.
 * 2. Quote: every place the exact words occur (text was added or removed elsewhere).
 * 3. Fuzzy (only when 2 finds nothing good enough): places within 30% edits of the words, found with
 *    approx-string-match (Myers' bit-parallel algorithm, as the Hypothesis annotator uses for the same
 *    job; diff-match-patch's Bitap stops at 32-character patterns and passages are whole sentences), and
 *    the best place for quote and context together, so a near-copy elsewhere cannot hide the original.
 *
 * Each place is scored (50 × quote similarity + 20 × prefix similarity + 20 × suffix similarity) / 90,
 * similarities being 1 − edit distance / length. The context is what tells a passage from the same
 * words elsewhere: the exact words with unrelated text on both sides score about 0.65, under the
 * 0.75 minimum, so a repeated phrase does not steal the anchor of a deleted passage; the exact words
 * with one side of their context intact score 0.8 and more.
 */
import search from "approx-string-match";
import type { PassageSelector } from "../../lib/schema";
import { CONTEXT_CHARS } from "./selectors";
import { similarity } from "./similarity";

export const MIN_SCORE = 0.75;
/** Fuzzy candidates differ from the quote by at most 30% of its length. */
const MIN_QUOTE_SIMILARITY = 0.7;
/** A second place this close to the best one makes the match ambiguous. */
const AMBIGUITY_MARGIN = 0.05;
const WEIGHT = { quote: 50, prefix: 20, suffix: 20 } as const;

export type AnchorMethod = "position" | "quote" | "fuzzy";
export type AnchorResult =
  | { kind: "anchored"; start: number; end: number; score: number; method: AnchorMethod }
  | { kind: "orphan"; reason: string; bestScore: number | null };

interface Candidate {
  start: number;
  end: number;
  quoteSimilarity: number;
  method: AnchorMethod;
}

export function anchorPassage([quote, position]: PassageSelector, text: string): AnchorResult {
  const { exact, prefix, suffix } = quote;
  const scoreOf = (c: Candidate) => {
    const before = text.slice(Math.max(0, c.start - CONTEXT_CHARS), c.start);
    const after = text.slice(c.end, c.end + CONTEXT_CHARS);
    return (WEIGHT.quote * c.quoteSimilarity + WEIGHT.prefix * similarity(prefix, before) + WEIGHT.suffix * similarity(suffix, after)) / (WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix);
  };

  const unmoved: Candidate = { start: position.start, end: position.end, quoteSimilarity: 1, method: "position" };
  if (text.slice(position.start, position.end) === exact && scoreOf(unmoved) === 1) return { kind: "anchored", start: position.start, end: position.end, score: 1, method: "position" };

  const candidates = exactOccurrences(text, exact);
  if (!candidates.some((c) => scoreOf(c) >= MIN_SCORE)) candidates.push(...fuzzyCandidates(text, exact, prefix, suffix));
  if (candidates.length === 0) return { kind: "orphan", reason: "its words are no longer in the article", bestScore: null };

  const ranked = distinctPlaces(
    candidates
      .map((c) => ({ ...c, score: round(scoreOf(c)) }))
      // Best score first; then the exact words over a fuzzy match; then the place nearest where it was.
      .sort((a, b) => b.score - a.score || b.quoteSimilarity - a.quoteSimilarity || Math.abs(a.start - position.start) - Math.abs(b.start - position.start) || a.start - b.start),
  );
  const best = ranked[0]!;
  if (best.score < MIN_SCORE) {
    return { kind: "orphan", reason: `the closest text in the article matches it only ${percent(best.score)} (${percent(MIN_SCORE)} needed)`, bestScore: best.score };
  }
  const rival = ranked[1];
  if (rival && rival.score >= MIN_SCORE && best.score - rival.score < AMBIGUITY_MARGIN) {
    return { kind: "orphan", reason: `it matches ${ranked.filter((c) => best.score - c.score < AMBIGUITY_MARGIN).length} places in the article about equally well (${percent(best.score)})`, bestScore: best.score };
  }
  const inPlace = best.start === position.start && best.end === position.end && best.quoteSimilarity === 1;
  return { kind: "anchored", start: best.start, end: best.end, score: best.score, method: inPlace ? "position" : best.method };
}

function exactOccurrences(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push({ start: at, end: at + exact.length, quoteSimilarity: 1, method: "quote" });
  return found;
}

function fuzzyCandidates(text: string, exact: string, prefix: string, suffix: string): Candidate[] {
  const maxErrors = Math.floor(exact.length * (1 - MIN_QUOTE_SIMILARITY));
  const fuzzy = (where: string, offset: number) =>
    search(where, exact, maxErrors).map((m): Candidate => ({ start: offset + m.start, end: offset + m.end, quoteSimilarity: 1 - m.errors / exact.length, method: "fuzzy" }));
  const found = fuzzy(text, 0);
  // approx-string-match returns only the places with the fewest edits: a near-copy elsewhere would
  // hide the original. Find where quote and context together fit best, and the quote inside it.
  const whole = prefix + exact + suffix;
  for (const region of search(text, whole, Math.floor(whole.length * (1 - MIN_QUOTE_SIMILARITY)))) {
    const from = Math.max(0, region.start - CONTEXT_CHARS);
    found.push(...fuzzy(text.slice(from, region.end + CONTEXT_CHARS), from));
  }
  return found;
}

/** Overlapping candidates are one place: keep the best-ranked of each. */
function distinctPlaces<T extends Candidate>(ranked: T[]): T[] {
  const kept: T[] = [];
  for (const c of ranked) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const percent = (n: number) => `${Math.round(n * 100)}%`;
