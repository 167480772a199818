/**
 * A worker thread of the pool: it receives batches of articles and sends back each one's events
 * and how long they took (the CLI names the slowest article).
 */
import { parentPort, workerData } from "node:worker_threads";
import { configureGazetteer, type GazetteerExtras } from "../actors/gazetteer";
import type { IngestedArticle } from "../ingest/types";
import { eventsOfArticle } from "./compute";
import type { BatchResult } from "./pool";

// The main thread's actors and aliases from timeline.config.json, so both find the same actors.
configureGazetteer((workerData as { gazetteer?: GazetteerExtras } | null)?.gazetteer ?? null);

parentPort?.on("message", (batch: Array<{ article: IngestedArticle; order: number }>) => {
  const results: BatchResult = batch.map(({ article, order }) => {
    const started = performance.now();
    try {
      return { order, events: eventsOfArticle(article, order), ms: performance.now() - started };
    } catch (error) {
      return { order, error: error instanceof Error ? (error.stack ?? error.message) : String(error), ms: performance.now() - started };
    }
  });
  parentPort?.postMessage(results);
});
