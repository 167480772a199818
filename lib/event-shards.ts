/**
 * Event details for the app shell (lib/event-pages.ts): every event, in full, in one of
 * /data/events/<n>.json.gz (gzipped), found from its id alone. The shard is a hash of the id, so the browser
 * needs nothing but the id and the number of events (which the timeline file gives) to find it.
 * Each source goes without its W3C selector, which repeats its quote. The quote stays: the
 * Download control (components/download-view.ts) builds its files from these shards alone, without
 * the articles' text.
 */
import type { Source, TimelineEvent } from "@/lib/schema";

export type ShardEvent = Omit<TimelineEvent, "sources"> & { sources: Array<Omit<Source, "selector">> };

export function toShardEvent(event: TimelineEvent): ShardEvent {
  return { ...event, sources: event.sources.map(({ articleId, start, end, quote, marks }) => (marks ? { articleId, start, end, quote, marks } : { articleId, start, end, quote })) };
}

/** About this many events per shard: one fetch of a few tens of kilobytes gzip per deep link. */
const EVENTS_PER_SHARD = 128;

export function shardCount(events: number): number {
  return Math.max(1, Math.ceil(events / EVENTS_PER_SHARD));
}

/** FNV-1a over the id's UTF-16 code units: fast, the same in Node and every browser. */
export function shardOf(id: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}
