/**
 * Which events a view shows, what the filter controls offer, and keyboard stepping between
 * the events shown. Pure functions over the slim timeline entries, shared by the chart, the
 * lists and the tests.
 */
import type { EventStatus, EventType } from "@/lib/schema";
import type { TimelineEntry } from "@/lib/view";
import type { ViewState } from "@/lib/url-state";
import { EVENT_STATUS_LIST } from "@/lib/event-kinds";
import { compareText } from "@/lib/format";

/**
 * Whether an entry passes every filter. `searchHits` is the set of ids the search found, or
 * null when there is no search (or its index is still loading: then nothing is hidden yet).
 * A date range keeps events whose dates overlap it; undated events cannot be placed in a
 * range, so a range hides them.
 */
export function matchesView(entry: TimelineEntry, view: ViewState, searchHits: Pick<ReadonlySet<string>, "has"> | null): boolean {
  if (view.types.length && !view.types.includes(entry.type)) return false;
  if (view.statuses.length && !view.statuses.includes(entry.status)) return false;
  // Within one facet the choices widen (any of these actors); across facets they narrow.
  if (view.actors.length && !view.actors.some((a) => entry.actors.includes(a))) return false;
  if (view.sources.length && !view.sources.some((s) => entry.articleIds.includes(s))) return false;
  if (view.from || view.to) {
    if (!entry.date) return false;
    if (view.from && entry.date.end < view.from) return false;
    if (view.to && entry.date.start > view.to) return false;
  }
  if (searchHits && !searchHits.has(entry.id)) return false;
  return true;
}

export interface Facets {
  types: EventType[];
  statuses: EventStatus[];
  /** Every actor named by an event, most frequent first, then alphabetical. */
  actors: Array<{ name: string; count: number }>;
  /** The articles events quote, in the order given. */
  sources: Array<{ id: string; title: string }>;
}


export function facetsOf(entries: readonly TimelineEntry[], articles: ReadonlyArray<{ id: string; title: string }>): Facets {
  const counts = new Map<string, number>();
  for (const e of entries) for (const a of e.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
  const quoted = new Set(entries.flatMap((e) => e.articleIds));
  return {
    types: [...new Set(entries.map((e) => e.type))].sort(),
    statuses: EVENT_STATUS_LIST.filter((s) => entries.some((e) => e.status === s)),
    actors: [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || compareText(a.name, b.name)),
    sources: articles.filter((a) => quoted.has(a.id)),
  };
}

/**
 * The event to select on Left (-1) or Right (+1): the shown dated event before or after the
 * current one in time order. `all` is every entry in time order, so stepping still works from
 * a selected event the filters hide. From no selection, Right goes to the first, Left to the last.
 */
export function stepSelection(all: readonly TimelineEntry[], shown: ReadonlySet<string>, currentId: string | null, direction: -1 | 1): string | null {
  const order = all.filter((e) => e.date);
  const at = currentId ? order.findIndex((e) => e.id === currentId) : -1;
  // One walk from the current event outwards: a key press stays linear however many events there are.
  const from = at < 0 ? (direction > 0 ? 0 : order.length - 1) : at + direction;
  for (let i = from; i >= 0 && i < order.length; i += direction) {
    const entry = order[i]!;
    if (shown.has(entry.id)) return entry.id;
  }
  return null;
}
