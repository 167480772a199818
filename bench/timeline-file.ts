/**
 * What the browser downloads to draw a big corpus: /data/timeline.json (lib/timeline-file.ts), in
 * bytes per event after gzip, for the seeds, the AFP extraction and stress-test files.
 *   npx tsx bench/timeline-file.ts [events.json ...]
 * (default: the seeds, the AFP extraction bench/pipeline.ts keeps, and the stress files the browser
 * benchmarks made, .scale/events-10k.json and .scale/events-100k.json, when they exist)
 * Writes bench/results/timeline-file.json.
 */
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { eventsFileSchema } from "../lib/schema";
import { timelineEntriesOf } from "../lib/timeline-entry";
import { decodeTimeline, encodeTimeline } from "../lib/timeline-file";
import { AFP_EVENTS, writeResult } from "./results";

const files = process.argv.slice(2);
const defaults = ["data/generated/events.json", AFP_EVENTS, ".scale/events-10k.json", ".scale/events-100k.json"].filter((file) => existsSync(file));
const rows = (files.length > 0 ? files : defaults).map((file) => {
  const eventsFile = eventsFileSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  const entries = timelineEntriesOf(eventsFile);
  const json = JSON.stringify(encodeTimeline(entries));
  const gzip = gzipSync(json, { level: 9 }).length;
  const titles = gzipSync(JSON.stringify(eventsFile.articles.map((a) => [a.id, a.title])), { level: 9 }).length;
  const started = performance.now();
  const decoded = decodeTimeline(JSON.parse(json));
  const decodeMs = performance.now() - started;
  // The figure only counts if the file gives back every entry.
  if (JSON.stringify(decoded.entries) !== JSON.stringify(entries)) throw new Error(`${file}: the timeline file does not give back its entries`);
  const perEvent = (bytes: number) => Number((bytes / Math.max(1, entries.length)).toFixed(1));
  return { file, events: entries.length, articles: eventsFile.articles.length, bytes: json.length, gzipBytes: gzip, gzipBytesPerEvent: perEvent(gzip), articleTitlesGzipBytes: titles, articleTitlesGzipBytesPerEvent: perEvent(titles), decodeMs: Math.round(decodeMs) };
});
for (const r of rows) {
  console.log(`${r.file}: ${r.events} events; /data/timeline.json ${r.bytes} bytes, ${r.gzipBytes} gzip = ${r.gzipBytesPerEvent} bytes/event, parsed and decoded in ${r.decodeMs} ms (Node); /data/articles.json (loaded when the source filter is used) ${r.articleTitlesGzipBytes} gzip = ${r.articleTitlesGzipBytesPerEvent} bytes/event`);
}
writeResult("timeline-file", { rows });
