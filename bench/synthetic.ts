/**
 * A stress-test events.json of N events, made from a real extraction (default: the AFP corpus):
 * the real events, copied until there are N, each copy k shifted by k days and given the id
 * `<id>-x<k>`. The articles, passages and quotes stay the real ones, so every page still works;
 * what is synthetic is only the density (N events over the corpus's years). Checked against the
 * schema before it is written. For viewer and site benchmarks, never for accuracy figures.
 *   npx tsx bench/synthetic.ts --events 100000 --from data/generated/events.json --out /tmp/events-100k.json
 * Then e.g. `EVENTS_FILE=/tmp/events-100k.json npx next build`.
 * With --sample, N real events spread evenly over the corpus instead (no copies), with only the
 * articles they quote: a smaller real corpus, for comparisons that want distinct events.
 * The browser benchmarks make these files themselves when missing (bench/site.ts, under .scale/).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { eventsFileSchema, type EventsFile, type TimelineEvent } from "../lib/schema";
import { compareEvents } from "../lib/view";

const DAY = 86_400_000;

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** A copy of a real event moved by `k` days (a day-precise TIMEX value moves with it). */
function copyOf(event: TimelineEvent, k: number): TimelineEvent {
  if (k === 0) return event;
  const date = event.date && {
    ...event.date,
    start: shiftDay(event.date.start, k),
    end: shiftDay(event.date.end, k),
    value: event.date.precision === "day" ? shiftDay(event.date.start, k) : event.date.value,
  };
  return { ...event, id: `${event.id}-x${k}`, date };
}

export function synthesize(base: EventsFile, count: number): EventsFile {
  if (base.events.length === 0) throw new Error("the base events.json has no events to copy");
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) events.push(copyOf(base.events[i % base.events.length]!, Math.floor(i / base.events.length)));
  events.sort(compareEvents);
  return { ...base, events };
}

/**
 * `count` of the base's events, evenly spaced in its order (so they span its whole time range), and
 * only the articles they name. Every event is a real one; none is copied.
 */
export function sample(base: EventsFile, count: number): EventsFile {
  const all = base.events;
  if (count > all.length) throw new Error(`cannot sample ${count} events from ${all.length}: use a bigger corpus (bench/pipeline.ts keeps the AFP extraction)`);
  const events = Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)]!);
  // Every article an event names: its passages, the article that dated it, those that disagree.
  const quoted = new Set(events.flatMap((event) => [...event.sources.map((s) => s.articleId), ...(event.date?.articleId ? [event.date.articleId] : []), ...(event.disagreements ?? []).flatMap((d) => d.versions.flatMap((v) => v.articleIds))]));
  return { ...base, articles: base.articles.filter((article) => quoted.has(article.id)), events };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { events: { type: "string", default: "10000" }, sample: { type: "boolean", default: false }, from: { type: "string", default: "data/generated/events.json" }, out: { type: "string" } } });
  if (!values.out) throw new Error("usage: npx tsx bench/synthetic.ts --events N [--from events.json] --out FILE");
  const base = eventsFileSchema.parse(JSON.parse(readFileSync(values.from, "utf8")));
  const file = eventsFileSchema.parse((values.sample ? sample : synthesize)(base, Number(values.events)));
  writeFileSync(values.out, `${JSON.stringify(file)}\n`);
  console.log(`${values.sample ? "sample" : "synthetic"}: ${file.events.length} events (from ${base.events.length} real ones of ${base.articles.length} articles) → ${values.out}`);
}
