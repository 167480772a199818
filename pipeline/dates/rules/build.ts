import type { Candidate, RuleContext, Tense, TimexType } from "../types";

/** Default tie-breaking priorities: our own rules beat chrono-node's generic ones on equal spans. */
export const PRIORITY = { rule: 2, chrono: 1, vague: 0 } as const;

interface Common {
  start: number;
  end: number;
  rule: string;
  type?: TimexType;
  priority?: number;
}

/** A mention whose words name the value themselves ("January 10, 2022", "in 2014", "P3D"). */
export function explicitCandidate(fields: Common & { value: string; future?: boolean }): Candidate {
  return {
    start: fields.start,
    end: fields.end,
    type: fields.type ?? "DATE",
    value: fields.value,
    rule: fields.rule,
    basis: "explicit",
    future: fields.future ?? false,
    resolved: true,
    priority: fields.priority ?? PRIORITY.rule,
  };
}

/**
 * A mention that needs the reference. `compute` runs only when there is one; otherwise the
 * value is the underspecified form (XXXX-XX-XX, XXXX-WXX, XXXX-XX) and resolved is false.
 */
export function relativeCandidate(
  context: RuleContext,
  fields: Common & {
    underspecified: string;
    tense: Tense;
    compute: (reference: number) => string;
  },
): Candidate {
  const resolved = context.reference !== null;
  return {
    start: fields.start,
    end: fields.end,
    type: fields.type ?? "DATE",
    value: context.reference === null ? fields.underspecified : fields.compute(context.reference),
    rule: fields.rule,
    basis: "relative",
    future: fields.tense === "future",
    resolved,
    priority: fields.priority ?? PRIORITY.rule,
  };
}

/** Offsets of a match, optionally of a sub-part of it found by its text. */
export function matchBounds(match: RegExpExecArray): { start: number; end: number } {
  return { start: match.index, end: match.index + match[0].length };
}

/** Turns a plain word pattern into a global, case-insensitive regex bounded by word edges. */
export function words(source: string, flags = "gi"): RegExp {
  return new RegExp(`(?<![\\w-])${source}(?![\\w-])`, flags);
}
