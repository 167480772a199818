/**
 * How much to trust an event: a count of the kinds of support it has, not a calibrated probability
 * (docs/dates.md#confidence). The pipeline records the support (pipeline/events/to-schema.ts) and the
 * score is computed from it here, in one place, so the event panel can show what makes up the number.
 */
import type { EventSupport } from "@/lib/schema";

export const CONFIDENCE_WEIGHTS = {
  start: 0.4,
  /** A date from the event's own words (explicit, relative or inferred basis). */
  dateFromText: 0.2,
  /** Only the publication day. */
  dateFromPublication: 0.1,
  /** The act is a verb the sentence asserts ("met"), not a noun ("talks"). */
  assertedAct: 0.1,
  /** A person (not only countries or bodies) is named in a passage. */
  personNamed: 0.1,
  /** Each article after the first that reports it, up to `furtherArticlesAtMost`. */
  perFurtherArticle: 0.075,
  furtherArticlesAtMost: 0.15,
} as const;

const W = CONFIDENCE_WEIGHTS;

/** What each kind of support adds, in the order the panel lists them. */
export function confidenceParts(support: EventSupport): { date: number; assertedAct: number; personNamed: number; furtherArticles: number } {
  return {
    date: support.date === "text" ? W.dateFromText : support.date === "publication" ? W.dateFromPublication : 0,
    assertedAct: support.assertedAct ? W.assertedAct : 0,
    personNamed: support.personNamed ? W.personNamed : 0,
    furtherArticles: Math.min(W.furtherArticlesAtMost, W.perFurtherArticle * (support.articles - 1)),
  };
}

/**
 * The score, 0.4 to 0.95 (the weights' sum: no cap needed), rounded to two decimals. Summed in thousandths: in binary fractions
 * 0.4 + 0.1 + 0.1 + 0.1 + 0.075 is 0.77499999…, which rounded to 0.77 instead of 0.78.
 */
export function confidenceOf(support: EventSupport): number {
  const thousandths = [W.start, ...Object.values(confidenceParts(support))].reduce((sum, part) => sum + Math.round(part * 1000), 0);
  return Math.round(thousandths / 10) / 100;
}

/** A word for the number, for readers: below 0.6 low, below 0.8 medium, else high. */
export function confidenceLevel(confidence: number): "low" | "medium" | "high" {
  return confidence < 0.6 ? "low" : confidence < 0.8 ? "medium" : "high";
}
