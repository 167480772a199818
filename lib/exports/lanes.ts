/**
 * The lane each event is drawn in, by label (lib/lanes.ts, the chart's own layout): TimelineJS groups.
 * A TimelineJS slide has one group, so an event in several lanes (two countries) goes to the one the
 * chart lists first: the busiest (for types, the legend's order).
 */
import { layoutLanes } from "../lanes";
import type { Lanes } from "../url-state";
import type { TimelineEntry } from "../view";

export function laneLabels(entries: readonly TimelineEntry[], lanes: Lanes): Map<string, string> {
  const layout = layoutLanes(entries, lanes);
  if (!layout) return new Map();
  const rank = new Map(layout.lanes.map((lane, i) => [lane.id, i]));
  const byEvent = new Map<string, string>();
  for (const [eventId, laneIds] of layout.laneIds) {
    const first = laneIds.reduce((best, id) => ((rank.get(id) ?? Infinity) < (rank.get(best) ?? Infinity) ? id : best));
    const label = layout.lanes[rank.get(first) ?? -1]?.label;
    if (label) byEvent.set(eventId, label);
  }
  return byEvent;
}
