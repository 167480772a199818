/**
 * The lane each event is drawn in, by label (lib/lanes.ts, the chart's own layout): TimelineJS groups.
 * An event in several lanes (two countries) goes to the first, the busiest: a TimelineJS slide has one group.
 */
import { layoutLanes } from "../lanes";
import type { Lanes } from "../url-state";
import type { TimelineEntry } from "../view";

export function laneLabels(entries: readonly TimelineEntry[], lanes: Lanes): Map<string, string> {
  const layout = layoutLanes(entries, lanes);
  if (!layout) return new Map();
  const labels = new Map(layout.lanes.map((lane) => [lane.id, lane.label]));
  const byEvent = new Map<string, string>();
  for (const [eventId, laneIds] of layout.laneIds) {
    const label = labels.get(laneIds[0]!);
    if (label) byEvent.set(eventId, label);
  }
  return byEvent;
}
