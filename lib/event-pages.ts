/**
 * Which events get a page of their own at build time. One static page (and preview image) per event
 * does not scale to 100,000: past TIMELINE_EVENT_PAGES (default 1,000) only that many are
 * prerendered, and every other event's address is answered by one app-shell page, `/events/_/`,
 * which reads the id from the address and loads the event from /data/events/<shard>.json.
 * The events kept are the best reported (most articles), then the earliest: a fixed, data-made order.
 */
import type { TimelineEntry } from "@/lib/view";
import { bestInOrder, idFromPathUnder, pageLimit, SHELL_ID } from "@/lib/shell-pages";

export { SHELL_ID };

export const eventPageLimit = (env: Record<string, string | undefined> = process.env): number => pageLimit("TIMELINE_EVENT_PAGES", env);

/** The ids to prerender, in timeline order; all of them when there are at most `limit`. */
export function prerenderedEventIds(entries: ReadonlyArray<Pick<TimelineEntry, "id" | "articleIds">>, limit: number): string[] {
  if (entries.some((e) => e.id === SHELL_ID)) throw new Error(`an event has the id '${SHELL_ID}', which names the app-shell page: rename it`);
  if (entries.length <= limit) return entries.map((e) => e.id);
  return bestInOrder(entries, limit, (entry) => entry.articleIds.length);
}

/** The event id an address names ("/events/<id>/"), or null. */
export const idFromPath = (pathname: string | null): string | null => idFromPathUnder("events", pathname);
