/**
 * The pipeline on the AFP corpus (../shared/corpora/afp-1997, 2,452 articles): the real CLI, run as
 * a child process on a copy in a temporary folder.
 *   cold      --no-cache: wall time and peak memory (the child's maxRSS)
 *   warm      nothing changed since the last run (the content-hash cache answers)
 *   one edit  one article's text changed, then re-run
 * and, in this process, every article's own extraction time (dates + events), to find the slowest, and
 * the same for adversarial articles (pipeline/adversarial-texts.ts) of ADVERSARIAL_SIZE characters.
 *   npx tsx bench/pipeline.ts      (prints a table; writes bench/results/pipeline.json)
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { ingestFolder } from "../pipeline/ingest";
import { eventsOfArticle } from "../pipeline/parallel/compute";
import { adversarialTexts } from "../pipeline/adversarial-texts";
import { testArticle } from "../pipeline/ingest/test-article";
import { AFP_EVENTS, medianOf, writeResult, type PipelineRun as Run } from "./results";

/** Longer than any AFP article (the longest has 8,205 characters). */
const ADVERSARIAL_SIZE = 10_000;

const corpus = resolve("../shared/corpora/afp-1997/articles.jsonl");

/**
 * The CLI's summary table (pipeline/cli/extract-report.ts: "│ articles │ 2,452 │" rows) as one line,
 * "articles 2,452, events 1,955, …", with the time it reports on its last line.
 */
function extractSummary(stdout: string): string {
  const lines = stdout.trim().split("\n");
  const rows = lines.flatMap((line) => {
    const cells = /^│ (.+?) +│ +(.+?) │$/.exec(line);
    return cells ? [`${cells[1]} ${cells[2]}`] : [];
  });
  const took = / in ([\d.]+s)$/.exec(lines.at(-1) ?? "");
  return `${rows.join(", ")}${took ? `; written in ${took[1]}` : ""}`;
}

/** One CLI run in a child process; its peak memory is read by a tiny preload that reports maxRSS at exit. */
function runExtract(inDir: string, outDir: string, cacheFile: string, extra: string[]): Run {
  const started = performance.now();
  const child = spawnSync(process.execPath, ["--import", "tsx", "--import", resolve("bench/report-rss.mjs"), "pipeline/cli/extract.ts", "--in", inDir, "--out", outDir, "--keep-going", ...extra], {
    encoding: "utf8",
    env: { ...process.env, DIPLOMATIC_TIMELINE_CACHE: cacheFile, CI: "1" },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`extract failed (exit ${child.status}):\n${child.stderr.slice(-2000)}`);
  const rss = /max-rss-kib (\d+)/.exec(child.stderr);
  return { seconds: Number(seconds.toFixed(2)), maxRssMiB: rss ? Math.round(Number(rss[1]) / 1024) : -1, summary: extractSummary(child.stdout) };
}

/** Each article's extraction time in this process (after one warm-up pass over all of them). */
function perArticleTimes(inDir: string) {
  const { articles } = ingestFolder(inDir);
  const time = () =>
    articles.map((article, order) => {
      const started = performance.now();
      eventsOfArticle(article, order);
      return { id: article.id, chars: article.text.length, ms: performance.now() - started };
    });
  time();
  const times = time().sort((a, b) => b.ms - a.ms);
  const ms = times.map((t) => t.ms);
  return {
    articles: times.length,
    medianMs: Number(medianOf(ms).toFixed(2)),
    p99Ms: Number(ms[Math.floor(ms.length * 0.01)]!.toFixed(2)),
    slowest: times.slice(0, 3).map((t) => ({ id: t.id, chars: t.chars, ms: Number(t.ms.toFixed(1)) })),
  };
}

/** Each adversarial article's extraction time (best of three: the figure is the work, not the machine's hiccups). */
function adversarialTimes() {
  const times = Object.entries(adversarialTexts(ADVERSARIAL_SIZE)).map(([name, text]) => {
    const article = testArticle(name, text, "2022-01-03");
    const runs = [0, 1, 2].map(() => {
      const started = performance.now();
      eventsOfArticle(article, 0);
      return performance.now() - started;
    });
    return { name, chars: text.length, ms: Number(Math.min(...runs).toFixed(1)) };
  });
  times.sort((a, b) => b.ms - a.ms);
  return { articles: times.length, chars: ADVERSARIAL_SIZE, slowest: times.slice(0, 3) };
}

if (!existsSync(corpus)) {
  console.log(`AFP corpus not found at ${corpus}: skipping the pipeline benchmark.`);
} else {
  const work = mkdtempSync(join(tmpdir(), "bench-pipeline-"));
  try {
    const inDir = join(work, "in");
    const outDir = join(work, "out");
    const cacheFile = join(work, "cache.json");
    mkdirSync(inDir, { recursive: true });
    const lines = readFileSync(corpus, "utf8").split("\n").filter((l) => l.trim());
    writeFileSync(join(inDir, "afp.jsonl"), `${lines.join("\n")}\n`);
    const cold = runExtract(inDir, outDir, cacheFile, ["--no-cache"]);
    runExtract(inDir, outDir, cacheFile, []); // fills the cache
    const warm = runExtract(inDir, outDir, cacheFile, []);
    // One article edited: a sentence added to the text of the middle record.
    const middle = Math.floor(lines.length / 2);
    const record = JSON.parse(lines[middle]!) as { text: string };
    record.text += "\nThe foreign ministers met again on Friday.";
    lines[middle] = JSON.stringify(record);
    writeFileSync(join(inDir, "afp.jsonl"), `${lines.join("\n")}\n`);
    const oneEdit = runExtract(inDir, outDir, cacheFile, []);
    // Kept for the viewer's benchmarks (bench/timeline-file.ts): the real AFP extraction.
    mkdirSync(dirname(AFP_EVENTS), { recursive: true });
    copyFileSync(join(outDir, "events.json"), AFP_EVENTS);
    const perArticle = perArticleTimes(inDir);
    const adversarial = adversarialTimes();
    const result = { corpus: "AFP 1997 (2,452 articles, 3.9 M characters)", cold, warm, oneEdit, perArticle, adversarial };
    console.log(`Pipeline on ${perArticle.articles} AFP articles`);
    console.log(`  cold (--no-cache)   ${cold.seconds} s, peak memory ${cold.maxRssMiB} MiB   ${cold.summary}`);
    console.log(`  warm (no change)    ${warm.seconds} s, peak memory ${warm.maxRssMiB} MiB`);
    console.log(`  one article edited  ${oneEdit.seconds} s   ${oneEdit.summary}`);
    console.log(`  per article         median ${perArticle.medianMs} ms, p99 ${perArticle.p99Ms} ms, slowest ${perArticle.slowest.map((s) => `${s.id} ${s.ms} ms (${s.chars} chars)`).join(", ")}`);
    console.log(`  adversarial         ${adversarial.articles} articles of ${adversarial.chars} characters, slowest ${adversarial.slowest.map((s) => `"${s.name}" ${s.ms} ms`).join(", ")}`);
    writeResult("pipeline", result);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
