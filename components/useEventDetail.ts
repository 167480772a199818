"use client";

import type { ArticleReading } from "@/lib/article-reading";
import { buildEventView, type EventView } from "@/lib/view";
import { shardCount, shardOf, type ShardEvent } from "@/lib/event-shards";
import { articleDataPath, shardPath } from "@/lib/data-files";
import { loadOnce, loadTimelineData } from "@/components/useTimelineData";
import { useLoadedById, type LoadedById } from "@/components/useLoadedById";

/**
 * One event's panel, built in the browser: the event from its shard, the articles it quotes (for
 * its passages in context), and its neighbours in time from the timeline file. What a prerendered
 * event page gets from the server, for the events that have none (lib/event-pages.ts).
 */
async function loadEventView(id: string): Promise<EventView | null> {
  const { entries } = await loadTimelineData();
  const events = await loadOnce<ShardEvent[]>(shardPath(shardOf(id, shardCount(entries.length))));
  const shardEvent = events.find((e) => e.id === id);
  if (!shardEvent) return null;
  const articleIds = [...new Set([...shardEvent.sources.map((s) => s.articleId), ...(shardEvent.date?.articleId ? [shardEvent.date.articleId] : [])])];
  const loaded = await Promise.all(articleIds.map((articleId) => loadOnce<ArticleReading>(articleDataPath(articleId)).then((r) => r.article, () => null)));
  const articles = new Map(loaded.flatMap((a) => (a ? [[a.id, a] as const] : [])));
  const view = buildEventView(shardEvent, articles);
  const at = entries.findIndex((e) => e.id === id);
  const link = (i: number) => (entries[i] ? { id: entries[i].id, title: entries[i].title } : null);
  return { ...view, previous: link(at - 1), next: link(at + 1) };
}

/** What the event app shell (lib/event-pages.ts) shows for the event the address names. */
export function useEventDetail(id: string | null): LoadedById<EventView> {
  return useLoadedById(id, loadEventView);
}
