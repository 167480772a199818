/**
 * The CLI's extract spreads the articles over worker threads (pipeline/parallel); the result must
 * be the one a single thread gives, byte for byte. Read on real news: the first AFP records, enough
 * articles for the pool to start its workers.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractEvents, extractEventsInParallel } from "../../pipeline/extract";
import { MIN_ARTICLES_FOR_WORKERS, workerCount } from "../../pipeline/parallel/pool";

const AFP = join(import.meta.dirname, "../../../shared/corpora/afp-1997/articles.jsonl");
const ARTICLES = 2 * MIN_ARTICLES_FOR_WORKERS;

describe("extract in worker threads", () => {
  it("writes what one thread writes, and reports its progress up to every article", async () => {
    const records = readFileSync(AFP, "utf8").split("\n").filter((line) => line.trim()).slice(0, ARTICLES);
    const inDir = mkdtempSync(join(tmpdir(), "parallel-extract-"));
    writeFileSync(join(inDir, "afp.jsonl"), `${records.join("\n")}\n`);
    expect(workerCount(ARTICLES)).toBeGreaterThan(0);

    const progress: Array<[number, number]> = [];
    const parallel = await extractEventsInParallel(inDir, { registry: null, onProgress: (done, total) => progress.push([done, total]) });
    const single = extractEvents(inDir, { registry: null });

    expect(parallel.problems).toEqual([]);
    expect(parallel.eventsFile.events.length).toBeGreaterThan(20);
    expect(JSON.stringify(parallel.eventsFile)).toBe(JSON.stringify(single.eventsFile));
    expect(JSON.stringify(parallel.report)).toBe(JSON.stringify(single.report));
    expect(JSON.stringify(parallel.registry)).toBe(JSON.stringify(single.registry));
    expect(progress.at(-1)).toEqual([ARTICLES, ARTICLES]);
    expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));
  }, 120_000);
});
