/**
 * npm run quality — regenerates docs/quality.md:
 * - TimeBank: the output of `npm run eval:dates` (the real `npm run dates` CLI scored TempEval-3 style);
 * - AFP (../shared/corpora/afp-1997, 2,452 wire stories): the whole pipeline on the corpus, with events
 *   found, events without a date, articles without a publication date, and the time taken;
 * - the seeds: what the two default articles give.
 * A missing corpus is said in the report, never silently skipped.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { citedArticleIds } from "../lib/exports/types";
import { extractEvents } from "../pipeline/extract";

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log("Usage: npm run quality\n\nRegenerates docs/quality.md (about a minute): the date module on TimeBank, the whole pipeline on the AFP\ncorpus (../shared/corpora), and what the seed articles give. Takes no arguments.");
  process.exit(0);
}

const ROOT = resolve(import.meta.dirname, "..");
const CORPORA = resolve(ROOT, "../shared/corpora");
const lines: string[] = [];
const say = (...text: string[]) => lines.push(...text);

say("# Extraction quality", "", "Regenerate with `npm run quality` (takes about a minute). Machine: " + `${process.platform}, Node ${process.version}.`, "");

say("## Dates on TimeBank", "");
const evalRun = spawnSync("npm", ["run", "--silent", "eval:dates"], { cwd: ROOT, encoding: "utf8" });
say("`npm run eval:dates` (TimeBank 1.2 as cleaned for TempEval-3, each document's creation time as the reference):", "", "```", (evalRun.stdout || evalRun.stderr).trim(), "```", "");
say("Reference points: HeidelTime value F1 77.6 on the TempEval-3 test set and 79.2 on this TimeBank data; off-the-shelf chrono-node 42.3 value F1 here (../shared/corpora/README.md).", "");

say("## The whole pipeline on the AFP corpus", "");
const afp = join(CORPORA, "afp-1997/articles.jsonl");
if (!existsSync(afp)) {
  say(`Not measured: ${afp} is absent.`, "");
} else {
  const dir = mkdtempSync(join(tmpdir(), "afp-"));
  symlinkSync(afp, join(dir, "afp.jsonl"));
  const started = performance.now();
  const { eventsFile, report } = extractEvents(dir);
  const seconds = (performance.now() - started) / 1000;
  const events = eventsFile.events;
  const count = (test: (e: (typeof events)[number]) => boolean) => events.filter(test).length;
  const byKey = (key: (e: (typeof events)[number]) => string) => {
    const counts = new Map<string, number>();
    for (const e of events) counts.set(key(e), (counts.get(key(e)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(", ");
  };
  say(
    "| measure | value |", "| --- | --- |",
    `| articles | ${report.summary.articles} |`,
    `| articles without a publication date | ${report.summary.articlesWithoutPublicationDate} |`,
    `| articles not read for events: sports or business (report.json lists them) | ${report.summary.offTopicArticles} |`,
    `| events found | ${events.length} |`,
    `| events without a date | ${report.summary.undatedEvents} |`,
    `| events reported by several articles | ${count((e) => citedArticleIds(e).length > 1)} |`,
    `| events whose sources disagree | ${count((e) => (e.disagreements?.length ?? 0) > 0)} |`,
    `| problems (bad input) | ${report.summary.problems} |`,
    `| time taken (in process, one thread) | ${seconds.toFixed(1)} s |`,
    "",
    `By type: ${byKey((e) => e.type)}.`, "",
    `By status: ${byKey((e) => e.status)}.`, "",
    `Date basis: ${byKey((e) => e.date?.basis ?? "none")}; precision: ${byKey((e) => e.date?.precision ?? "none")}.`, "",
  );
}

say("## The seed articles", "");
const seeds = extractEvents(join(ROOT, "data/articles")).eventsFile;
say("| date | status | type | event | articles |", "| --- | --- | --- | --- | --- |");
for (const e of seeds.events) {
  say(`| ${e.date ? `${e.date.value} (${e.date.basis}, “${e.date.expression ?? "publication day"}”)` : "unresolved"} | ${e.status} | ${e.type} | ${e.title} | ${citedArticleIds(e).length} |`);
}
say("");

writeFileSync(join(ROOT, "docs/quality.md"), lines.join("\n"));
console.log(`wrote docs/quality.md`);
