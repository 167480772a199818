/**
 * Date resolution, ours versus raw chrono-node, on TimeBank 1.2 (../shared/corpora/timebank):
 * accuracy scored TempEval-3 style (pipeline/dates/eval-score.ts) and throughput, both in this
 * one process on the same documents with each document's creation time as the reference.
 *   npx tsx bench/dates.ts [--runs N]      (prints a table; writes bench/results/dates.json)
 *
 * "Raw chrono-node" is chrono.parse(text, reference) with no refiners of ours, each result turned
 * into a TIMEX3 value from the components chrono marks as certain (a day, a month, a year, a time):
 * the fairest reading of what the library alone gives.
 */
import * as chrono from "chrono-node";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { extractDates } from "../pipeline/dates";
import { scoreDocuments, type ScoredTimex } from "../pipeline/dates/eval-score";
import { medianOf, option, ratioOf, writeResult, type DateFigures } from "./results";

interface Doc { doc_id: string; dct: string; text: string; timexes: ScoredTimex[] }

const corpus = resolve("../shared/corpora/timebank/timebank.jsonl");
const runs = Number(option("--runs") ?? 5);

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The TIMEX3 value of a chrono result, from the components it is certain of. */
function chronoValue(result: chrono.ParsedResult): { type: string; value: string } {
  const c = result.start;
  const year = c.get("year") ?? 0;
  const day = `${pad(year, 4)}-${pad(c.get("month") ?? 1)}-${pad(c.get("day") ?? 1)}`;
  if (c.isCertain("hour")) return { type: "TIME", value: `${day}T${pad(c.get("hour") ?? 0)}:${pad(c.get("minute") ?? 0)}` };
  if (c.isCertain("day") || c.isCertain("weekday")) return { type: "DATE", value: day };
  if (c.isCertain("month")) return { type: "DATE", value: `${pad(year, 4)}-${pad(c.get("month") ?? 1)}` };
  if (c.isCertain("year")) return { type: "DATE", value: pad(year, 4) };
  return { type: "DATE", value: day };
}

function rawChrono(doc: Doc): ScoredTimex[] {
  const reference = new Date(`${doc.dct.slice(0, 10)}T12:00:00Z`);
  return chrono.parse(doc.text, reference).map((r) => ({ start: r.index, end: r.index + r.text.length, text: r.text, ...chronoValue(r) }));
}

function ours(doc: Doc): ScoredTimex[] {
  return extractDates(doc.text, doc.dct.slice(0, 10)).map(({ start, end, text, type, value }) => ({ start, end, text, type, value }));
}

/** Runs a resolver over every document `runs` times; the median run's time, and the last run's output. */
function measure(docs: Doc[], resolver: (doc: Doc) => ScoredTimex[]): DateFigures {
  const times: number[] = [];
  let output = new Map<string, ScoredTimex[]>();
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    output = new Map(docs.map((doc) => [doc.doc_id, resolver(doc)]));
    times.push(performance.now() - started);
  }
  const score = scoreDocuments(docs.map((doc) => ({ id: doc.doc_id, gold: doc.timexes, system: output.get(doc.doc_id) ?? [] })));
  const ms = medianOf(times);
  const chars = docs.reduce((n, doc) => n + doc.text.length, 0);
  return {
    medianMs: Math.round(ms),
    docsPerSecond: Math.round((docs.length / ms) * 1000),
    charsPerSecond: Math.round((chars / ms) * 1000),
    found: score.system,
    valueF1: Number((100 * score.value.f1).toFixed(2)),
    spanF1: Number((100 * score.span.f1).toFixed(2)),
    dateValueAccuracy: Number((100 * score.dateAccuracy).toFixed(2)),
  };
}

if (!existsSync(corpus)) {
  console.log(`TimeBank not found at ${corpus}: skipping the date benchmark.`);
} else {
  const docs: Doc[] = readFileSync(corpus, "utf8").split("\n").filter((line) => line.trim()).map((line) => JSON.parse(line) as Doc);
  // One untimed pass each first, so neither side is charged for compiling its code.
  ours(docs[0]!);
  rawChrono(docs[0]!);
  const result = { corpus: "TimeBank 1.2 (TBAQ-cleaned)", documents: docs.length, goldTimexes: docs.reduce((n, d) => n + d.timexes.length, 0), runs, ours: measure(docs, ours), rawChrono: measure(docs, rawChrono) };
  const ratio = (a: number, b: number) => ratioOf(a, b)?.toFixed(2) ?? "?";
  console.log(`Date resolution on ${result.documents} TimeBank documents (${result.goldTimexes} gold timexes), median of ${runs} runs`);
  console.log("                 value F1  span F1  DATE acc.  docs/s  chars/s    time");
  for (const [name, r] of [["ours", result.ours], ["raw chrono-node", result.rawChrono]] as const) {
    console.log(`${name.padEnd(16)} ${String(r.valueF1).padStart(8)} ${String(r.spanF1).padStart(8)} ${String(r.dateValueAccuracy).padStart(10)} ${String(r.docsPerSecond).padStart(7)} ${String(r.charsPerSecond).padStart(8)} ${String(r.medianMs).padStart(5)} ms`);
  }
  console.log(`ours / raw chrono: value F1 ×${ratio(result.ours.valueF1, result.rawChrono.valueF1)}, throughput ×${ratio(result.ours.charsPerSecond, result.rawChrono.charsPerSecond)}`);
  writeResult("dates", result);
}
