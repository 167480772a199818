import { describe, expect, it } from "vitest";
import { ingestFolder } from "../ingest/index";
import { computeAll, MIN_ARTICLES_FOR_WORKERS, workerCount } from "./pool";

describe("computeAll", () => {
  it("gives worker threads' events exactly as the main thread's, keyed by article order", async () => {
    const { articles } = ingestFolder("data/articles");
    expect(articles.length).toBeGreaterThan(0);
    // The seed articles many times over, each copy with its own order, enough for several batches.
    const jobs = Array.from({ length: 40 }, (_, order) => ({ article: articles[order % articles.length]!, order }));
    const inWorkers = await computeAll(jobs, 2);
    const here = await computeAll(jobs, 0);
    expect([...inWorkers.keys()].sort((a, b) => a - b)).toEqual(jobs.map((j) => j.order));
    for (const { order } of jobs) expect(inWorkers.get(order)!.events).toEqual(here.get(order)!.events);
    expect(here.get(0)!.events.length).toBeGreaterThan(0);
    expect(here.get(1)!.events.every((e) => e.articleOrder === 1)).toBe(true);
  });

  it("keeps small inputs in the main thread", () => {
    expect(workerCount(2)).toBe(0);
    expect(workerCount(MIN_ARTICLES_FOR_WORKERS - 1)).toBe(0);
    expect(workerCount(10_000)).toBeGreaterThanOrEqual(1);
  });
});
