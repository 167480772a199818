/**
 * Event details for the app shell (lib/event-pages.ts): every event, in full, in one of
 * /data/events/<n>.json, found from its id alone. The shard is a hash of the id, so the browser
 * needs nothing but the id and the number of events (which the timeline file gives) to find it.
 * Each source goes without its quote (and W3C selector, which repeats it): the shell loads the
 * article it quotes anyway (for the passage in context), and quotes were a quarter of the shards
 * (30 of 130 MB at 100,000 events).
 */
import { withBasePath } from "@/lib/base-path";
import type { Article, Source, TimelineEvent } from "@/lib/schema";

export type ShardEvent = Omit<TimelineEvent, "sources"> & { sources: Array<Omit<Source, "quote" | "selector">> };

export function toShardEvent(event: TimelineEvent): ShardEvent {
  return { ...event, sources: event.sources.map(({ articleId, start, end, marks }) => (marks ? { articleId, start, end, marks } : { articleId, start, end })) };
}

/** The event again, each quote taken from its article's text (empty when the article could not be loaded). */
export function fromShardEvent(event: ShardEvent, articles: ReadonlyMap<string, Article>): TimelineEvent {
  return { ...event, sources: event.sources.map((s) => ({ ...s, quote: articles.get(s.articleId)?.text.slice(s.start, s.end) ?? "" })) };
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

/** The files' addresses, under the site's base path (`base`: for the tests). */
export const shardPath = (shard: number, base?: string) => withBasePath(`/data/events/${shard}.json`, base);
export const articleDataPath = (articleId: string, base?: string) => withBasePath(`/data/articles/${encodeURIComponent(articleId)}.json`, base);
