/**
 * npm run eval:dates [-- --errors] [-- CORPUS.jsonl]
 * Runs the real CLI (`npm run dates -- --jsonl`, one process for all documents) over TimeBank 1.2
 * (TempEval-3 TBAQ-cleaned, ../shared/corpora/timebank) with each document's creation time as the
 * reference, and scores its output TempEval-3 style (see eval-score.ts).
 * --errors lists every MISS (gold not found), VALUE (found, wrong value) and EXTRA (not in gold).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { scoreDocuments, type ScoreError, type ScoredTimex } from "./eval-score";

interface Doc { doc_id: string; dct: string; text: string; timexes: ScoredTimex[] }

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log(`Usage: npm run eval:dates [-- --errors] [-- CORPUS.jsonl]

Scores the date module (the real \`npm run dates -- --jsonl\`) on TimeBank 1.2, TempEval-3 style: relaxed
span F1, value F1 and DATE value accuracy. CORPUS.jsonl: another corpus of {doc_id, dct, text, timexes}
lines (default ../shared/corpora/timebank/timebank.jsonl; a missing corpus is skipped, exit 0).
  --errors   list every MISS (gold not found), VALUE (found, wrong value) and EXTRA (not in gold)`);
  process.exit(0);
}
const showErrors = args.includes("--errors");
const corpus = args.find((arg) => arg.endsWith(".jsonl")) ?? resolve(process.cwd(), "../shared/corpora/timebank/timebank.jsonl");

if (!existsSync(corpus)) {
  console.log(`TimeBank corpus not found at ${corpus}; skipping the date evaluation.`);
  process.exit(0);
}

const docs: Doc[] = readFileSync(corpus, "utf8").split("\n").filter((line) => line.trim()).map((line) => JSON.parse(line) as Doc);

/** Feeds every document to one CLI process and returns its timexes per document id. */
function runCli(documents: Doc[]): Map<string, ScoredTimex[]> {
  const input = documents.map((doc) => JSON.stringify({ id: doc.doc_id, reference: doc.dct.slice(0, 10), text: doc.text })).join("\n") + "\n";
  const tsx = resolve(process.cwd(), "node_modules/.bin/tsx");
  const run = spawnSync(tsx, ["pipeline/cli/dates.ts", "--jsonl"], { input, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) {
    console.error(`npm run dates failed (exit ${run.status ?? run.signal}):\n${run.stderr || run.error?.message || ""}`);
    process.exit(1);
  }
  const byId = new Map<string, ScoredTimex[]>();
  for (const line of run.stdout.split("\n")) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { id: string; timexes: ScoredTimex[] };
    byId.set(record.id, record.timexes);
  }
  return byId;
}

const started = Date.now();
const output = runCli(docs);
const elapsed = Date.now() - started;
const texts = new Map(docs.map((doc) => [doc.doc_id, doc]));
const score = scoreDocuments(docs.map((doc) => ({ id: doc.doc_id, gold: doc.timexes, system: output.get(doc.doc_id) ?? [] })));

function describe(error: ScoreError): string {
  const doc = texts.get(error.id)!;
  const anchor = error.gold ?? error.system!;
  const context = doc.text.slice(Math.max(0, anchor.start - 50), anchor.end + 25).replace(/\s+/g, " ");
  const gold = error.gold ? `${error.gold.type} ${JSON.stringify(error.gold.text)} gold=${error.gold.value}` : "";
  const ours = error.system ? `ours=${error.system.type} ${JSON.stringify(error.system.text)} ${error.system.value}` : "";
  return `${error.kind.padEnd(5)} ${doc.dct.slice(0, 10)} ${[gold, ours].filter(Boolean).join("  ")}  …${context}…`;
}

const pct = (x: number) => (100 * x).toFixed(2);
if (showErrors) console.log(score.errors.map(describe).join("\n"));
console.log(`TimeBank: ${docs.length} documents, ${score.gold} gold timexes, ${score.system} found by \`npm run dates -- --jsonl\` (${elapsed} ms)`);
console.log(`relaxed span  P ${pct(score.span.precision)}  R ${pct(score.span.recall)}  F1 ${pct(score.span.f1)}`);
console.log(`value         P ${pct(score.value.precision)}  R ${pct(score.value.recall)}  F1 ${pct(score.value.f1)}`);
console.log(`DATE value accuracy ${pct(score.dateAccuracy)} % (${score.goldDatesRight}/${score.goldDatesMatched} matched of ${score.goldDates} gold DATE)`);
