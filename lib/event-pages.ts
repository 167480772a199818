/**
 * Which events get a page of their own at build time. One static page (and preview image) per event
 * does not scale to 100,000: past TIMELINE_EVENT_PAGES (default 1,000) only that many are
 * prerendered, and every other event's address is answered by one app-shell page, `/events/_/`,
 * which reads the id from the address and loads the event from /data/events/<shard>.json.
 * The events kept are the best reported (most articles), then the earliest: a fixed, data-made order.
 */
import type { TimelineEntry } from "@/lib/view";

/** The id of the app-shell page; never an event id (ids are slugs: no underscore). */
export const SHELL_ID = "_";

export function eventPageLimit(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TIMELINE_EVENT_PAGES;
  if (raw === undefined || raw === "") return 1000;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`TIMELINE_EVENT_PAGES must be a whole number of pages, not '${raw}'`);
  return limit;
}

/** The ids to prerender, in timeline order; all of them when there are at most `limit`. */
export function prerenderedEventIds(entries: ReadonlyArray<Pick<TimelineEntry, "id" | "articleIds">>, limit: number): string[] {
  if (entries.some((e) => e.id === SHELL_ID)) throw new Error(`an event has the id '${SHELL_ID}', which names the app-shell page: rename it`);
  if (entries.length <= limit) return entries.map((e) => e.id);
  const kept = new Set(
    entries
      .map((entry, order) => ({ id: entry.id, reports: entry.articleIds.length, order }))
      .sort((a, b) => b.reports - a.reports || a.order - b.order)
      .slice(0, limit)
      .map((e) => e.id),
  );
  return entries.filter((e) => kept.has(e.id)).map((e) => e.id);
}

/** The event id an address names ("/events/<id>/"), or null. */
export function idFromPath(pathname: string | null): string | null {
  const match = pathname?.match(/^\/events\/([^/]+)\/?$/);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
