/**
 * Spreads the articles' own work (dates, then events) over worker threads, one per core.
 * Articles go out in small batches to whichever worker is free, so one long article does not hold
 * up a whole share. Results come back keyed by the article's order: the output is the same as in
 * one thread, byte for byte, whatever the finishing order.
 * Small inputs stay in the main thread: starting a worker (loading the date rules and the
 * gazetteer) costs more than a few articles' work.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ArticleEvent } from "../events/types";
import type { IngestedArticle } from "../ingest/types";
import { gazetteerExtras } from "../actors/gazetteer";
import { eventsOfArticle } from "./compute";

export type BatchResult = Array<{ order: number; events?: ArticleEvent[]; error?: string; ms: number }>;

export interface ArticleWork {
  events: ArticleEvent[];
  /** Time this article's own work took, in milliseconds. */
  ms: number;
}

/** Below this many articles to compute, the main thread does it alone. */
export const MIN_ARTICLES_FOR_WORKERS = 64;
const BATCH = 16;

export function workerCount(articles: number): number {
  if (articles < MIN_ARTICLES_FOR_WORKERS) return 0;
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(articles / MIN_ARTICLES_FOR_WORKERS)));
}

/**
 * Every article's events, by order; `threads` 0 computes them here. `onDone` hears how many
 * articles are finished. An article whose work throws in a worker is left out of the map.
 */
export async function computeAll(jobs: Array<{ article: IngestedArticle; order: number }>, threads = workerCount(jobs.length), onDone?: (done: number) => void): Promise<Map<number, ArticleWork>> {
  const results = new Map<number, ArticleWork>();
  if (threads === 0) {
    jobs.forEach(({ article, order }, i) => {
      const started = performance.now();
      try {
        results.set(order, { events: eventsOfArticle(article, order), ms: performance.now() - started });
      } catch {
        // Left out, as in a worker.
      }
      onDone?.(i + 1);
    });
    return results;
  }
  // Without the file's whole content: only positions of problems need it (the main thread keeps it),
  // and a .jsonl's file is every article's file, so copying it to a worker per article cost seconds.
  const batches: Array<typeof jobs> = [];
  for (let i = 0; i < jobs.length; i += BATCH) batches.push(jobs.slice(i, i + BATCH).map(({ article, order }) => ({ article: { ...article, fileContent: "" }, order })));
  const boot = new URL("./worker-boot.mjs", import.meta.url);
  const entry = new URL("./article-worker.ts", import.meta.url).href;
  let finished = 0;
  // The config's actors and aliases (configureGazetteer) go along: a worker starts with the data files' alone.
  const workers = Array.from({ length: Math.min(threads, batches.length) }, () => new Worker(boot, { workerData: { entry, gazetteer: gazetteerExtras() } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const batch = batches.shift();
              if (batch) worker.postMessage(batch);
              else resolve();
            };
            worker.on("message", (done: BatchResult) => {
              for (const r of done) {
                // An article a stage throws on gets no result here: the caller computes it again in the
                // main thread, where the failure becomes that article's problem like any other.
                if (r.error === undefined) results.set(r.order, { events: r.events ?? [], ms: r.ms });
              }
              finished += done.length;
              onDone?.(finished);
              next();
            });
            worker.on("error", reject);
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
