import { readFileSync } from "node:fs";
import { extractDates } from "./index";
import { scoreDocuments } from "./eval-score";
const docs = readFileSync("../shared/corpora/timebank/timebank.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const rules = new Map<string, string>();
const sd = docs.map((d: any) => {
  const sys = extractDates(d.text, d.dct.slice(0, 10));
  sys.forEach((s) => rules.set(`${d.doc_id}:${s.start}`, s.rule));
  return { id: d.doc_id, gold: d.timexes, system: sys };
});
const score = scoreDocuments(sd);
const texts = new Map(docs.map((d: any) => [d.doc_id, d]));
for (const e of score.errors) {
  const d: any = texts.get(e.id); const a = (e.gold ?? e.system)!;
  const rule = e.system ? rules.get(`${e.id}:${e.system.start}`) : "";
  console.log(`${e.kind} ${d.dct.slice(0,10)} ${e.gold ? `${e.gold.type} "${e.gold.text}" ${e.gold.value}` : ""} | ${e.system ? `${e.system.type} "${e.system.text}" ${e.system.value} (${rule})` : ""} …${d.text.slice(Math.max(0, a.start - 60), a.end + 30).replace(/\s+/g, " ")}…`);
}
const p = (x: number) => (100 * x).toFixed(1);
console.log(`span ${p(score.span.f1)} value P ${p(score.value.precision)} R ${p(score.value.recall)} F1 ${p(score.value.f1)} DATE acc ${p(score.dateAccuracy)} (${score.goldDatesRight}/${score.goldDatesMatched}) sys ${score.system} vm ${score.valueMatches}`);
