/**
 * Scores extractDates on TimeBank 1.2 (TempEval-3 TBAQ-cleaned), TempEval-3 style:
 *   relaxed span F1  - a system mention and a gold TIMEX3 count as matched when they overlap
 *   value F1         - matched AND the normalized value is equal
 *   DATE value acc.  - of the gold DATE timexes we matched, how many got the right value
 * Matching is one-to-one (each gold paired with the most-overlapping free system mention).
 * Usage: npx tsx pipeline/dates/eval-timebank.ts [--errors] [--type DATE] [CORPUS.jsonl]
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { extractDates } from "./index";
import type { DateMention } from "./types";

interface GoldTimex { start: number; end: number; text: string; type: string; value: string }
interface Doc { doc_id: string; dct: string; text: string; timexes: GoldTimex[] }

const args = process.argv.slice(2);
const showErrors = args.includes("--errors");
const typeFilter = args.includes("--type") ? args[args.indexOf("--type") + 1] : undefined;
const corpus = args.find((arg) => arg.endsWith(".jsonl")) ?? resolve(process.cwd(), "../shared/corpora/timebank/timebank.jsonl");

if (!existsSync(corpus)) {
  console.log(`TimeBank corpus not found at ${corpus}; skipping the evaluation.`);
  process.exit(0);
}

const docs: Doc[] = readFileSync(corpus, "utf8").split("\n").filter((line) => line.trim()).map((line) => JSON.parse(line) as Doc);
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

let goldCount = 0, systemCount = 0, spanMatches = 0, valueMatches = 0, goldDates = 0, goldDatesFound = 0, goldDatesRight = 0;
const errors: string[] = [];
const started = Date.now();

for (const doc of docs) {
  const system: DateMention[] = extractDates(doc.text, doc.dct.slice(0, 10));
  const gold = doc.timexes.filter((t) => !typeFilter || t.type === typeFilter);
  goldCount += gold.length;
  systemCount += typeFilter ? system.filter((s) => s.type === typeFilter).length : system.length;
  const used = new Set<number>();
  for (const g of gold) {
    let best = -1;
    system.forEach((s, index) => {
      if (used.has(index) || overlap(s, g) <= 0) return;
      if (best < 0 || overlap(s, g) > overlap(system[best]!, g)) best = index;
    });
    if (g.type === "DATE") goldDates++;
    if (best < 0) {
      if (showErrors) errors.push(`MISS  ${doc.dct.slice(0, 10)} ${g.type} ${JSON.stringify(g.text)} gold=${g.value}  …${doc.text.slice(Math.max(0, g.start - 40), g.end + 20).replace(/\n/g, " ")}…`);
      continue;
    }
    used.add(best);
    const s = system[best]!;
    spanMatches++;
    if (g.type === "DATE") goldDatesFound++;
    if (s.value === g.value) {
      valueMatches++;
      if (g.type === "DATE") goldDatesRight++;
    } else if (showErrors) {
      errors.push(`VALUE ${doc.dct.slice(0, 10)} ${JSON.stringify(g.text)} gold=${g.value} ours=${JSON.stringify(s.text)} ${s.value} (${s.rule})  …${doc.text.slice(Math.max(0, g.start - 40), g.end + 20).replace(/\n/g, " ")}…`);
    }
  }
  if (showErrors) {
    system.forEach((s, index) => {
      if (!used.has(index) && (!typeFilter || s.type === typeFilter)) errors.push(`EXTRA ${doc.dct.slice(0, 10)} ${JSON.stringify(s.text)} ${s.value} (${s.rule})  …${doc.text.slice(Math.max(0, s.start - 40), s.end + 20).replace(/\n/g, " ")}…`);
    });
  }
}

const f1 = (matches: number) => {
  const precision = systemCount ? matches / systemCount : 0;
  const recall = goldCount ? matches / goldCount : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};
const pct = (x: number) => (100 * x).toFixed(1);
const span = f1(spanMatches);
const value = f1(valueMatches);

if (showErrors) console.log(errors.join("\n"));
console.log(`TimeBank: ${docs.length} documents, ${goldCount} gold timexes, ${systemCount} found (${Date.now() - started} ms)`);
console.log(`relaxed span  P ${pct(span.precision)}  R ${pct(span.recall)}  F1 ${pct(span.f1)}`);
console.log(`value         P ${pct(value.precision)}  R ${pct(value.recall)}  F1 ${pct(value.f1)}`);
console.log(`DATE value accuracy ${pct(goldDatesFound ? goldDatesRight / goldDatesFound : 0)} % (${goldDatesRight}/${goldDatesFound} matched of ${goldDates} gold DATE)`);
