/**
 * TempEval-3 style scoring of temporal expressions (UzZaman et al. 2013, Task A):
 *   relaxed span  - a system and a gold timex match when their spans overlap; matching is
 *                   one-to-one, so a system timex can never be credited twice
 *   value         - matched AND the normalized TIMEX3 value is equal; precision is over all
 *                   system timexes, recall over all gold timexes (so a miss and a spurious
 *                   timex both cost, exactly as in the official scorer's attribute F1)
 *   DATE accuracy - of the gold DATE timexes that were matched, the share with the right value
 * Pure: no files, no processes, so it can be unit-tested on a hand-made pair.
 */

export interface ScoredTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface ScoredDocument {
  id: string;
  gold: ScoredTimex[];
  system: ScoredTimex[];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreError {
  kind: "MISS" | "VALUE" | "EXTRA";
  id: string;
  gold: ScoredTimex | null;
  system: ScoredTimex | null;
}

export interface Score {
  gold: number;
  system: number;
  spanMatches: number;
  valueMatches: number;
  span: Prf;
  value: Prf;
  goldDates: number;
  goldDatesMatched: number;
  goldDatesRight: number;
  /** goldDatesRight / goldDatesMatched, 0 when nothing matched. */
  dateAccuracy: number;
  errors: ScoreError[];
}

function overlap(a: ScoredTimex, b: ScoredTimex): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

function prf(matches: number, system: number, gold: number): Prf {
  const precision = system ? matches / system : 0;
  const recall = gold ? matches / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * One-to-one pairing of overlapping timexes: pairs are taken largest overlap first (then
 * document order), each timex at most once. Returns gold index -> system index.
 */
export function matchTimexes(gold: ScoredTimex[], system: ScoredTimex[]): Map<number, number> {
  const pairs: Array<{ g: number; s: number; size: number }> = [];
  gold.forEach((g, gi) => system.forEach((s, si) => {
    const size = overlap(g, s);
    if (size > 0) pairs.push({ g: gi, s: si, size });
  }));
  pairs.sort((a, b) => b.size - a.size || a.g - b.g || a.s - b.s);
  const matched = new Map<number, number>();
  const usedSystem = new Set<number>();
  for (const pair of pairs) {
    if (matched.has(pair.g) || usedSystem.has(pair.s)) continue;
    matched.set(pair.g, pair.s);
    usedSystem.add(pair.s);
  }
  return matched;
}

export function scoreDocuments(documents: ScoredDocument[]): Score {
  let gold = 0, system = 0, spanMatches = 0, valueMatches = 0, goldDates = 0, goldDatesMatched = 0, goldDatesRight = 0;
  const errors: ScoreError[] = [];
  for (const doc of documents) {
    gold += doc.gold.length;
    system += doc.system.length;
    const matched = matchTimexes(doc.gold, doc.system);
    doc.gold.forEach((g, gi) => {
      const isDate = g.type === "DATE";
      if (isDate) goldDates++;
      const si = matched.get(gi);
      if (si === undefined) {
        errors.push({ kind: "MISS", id: doc.id, gold: g, system: null });
        return;
      }
      const s = doc.system[si]!;
      spanMatches++;
      if (isDate) goldDatesMatched++;
      if (s.value === g.value) {
        valueMatches++;
        if (isDate) goldDatesRight++;
      } else {
        errors.push({ kind: "VALUE", id: doc.id, gold: g, system: s });
      }
    });
    const usedSystem = new Set(matched.values());
    doc.system.forEach((s, si) => {
      if (!usedSystem.has(si)) errors.push({ kind: "EXTRA", id: doc.id, gold: null, system: s });
    });
  }
  return {
    gold, system, spanMatches, valueMatches,
    span: prf(spanMatches, system, gold),
    value: prf(valueMatches, system, gold),
    goldDates, goldDatesMatched, goldDatesRight,
    dateAccuracy: goldDatesMatched ? goldDatesRight / goldDatesMatched : 0,
    errors,
  };
}
