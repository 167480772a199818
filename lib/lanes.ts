/**
 * The chart's lanes: one row per country, actor or event type, so a reader can follow one
 * party through a crisis. An event that involves two countries sits in both of their lanes.
 * Past a dozen lanes a chart stops being readable, so the busiest lanes get their own row and
 * the rest share "Other".
 */
import type { EventType } from "@/lib/schema";
import type { Lanes } from "@/lib/url-state";
import type { TimelineEntry } from "@/lib/view";
import { EVENT_TYPE_LIST } from "@/lib/event-kinds";
import { compareText, typeLabel } from "@/lib/format";

export const MAX_LANES = 12;
/**
 * Lane ids are the chart's group ids, which vis-timeline keeps as keys of plain objects: a lane
 * named after an actor called "constructor", "toString" or "__proto__" (article text decides the
 * names) must not land on Object.prototype (it crashed the chart), nor one called "other" on the
 * shared lane. So every named lane's id carries a prefix that the shared lane's id lacks.
 */
export const laneId = (key: string) => `lane:${key}`;
export const OTHER_LANE = "lane-other";

export interface Lane {
  id: string;
  label: string;
  /** Events in this lane (an event can be in several). */
  count: number;
}

export interface LaneLayout {
  lanes: Lane[];
  /** For every entry, the lanes it is drawn in (at least one). */
  laneIds: Map<string, string[]>;
}

function keysOf(entry: TimelineEntry, by: Exclude<Lanes, "none">): string[] {
  if (by === "type") return [entry.type];
  return by === "country" ? entry.countries : entry.actors;
}

const LANE_NAMES = { country: "No country named", actor: "No actor named" } as const;

/** null for "none": the chart then has no lanes at all. */
export function layoutLanes(entries: readonly TimelineEntry[], by: Lanes): LaneLayout | null {
  if (by === "none") return null;
  const counts = new Map<string, number>();
  for (const entry of entries) for (const key of keysOf(entry, by)) counts.set(key, (counts.get(key) ?? 0) + 1);

  const ranked = [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  const own = by === "type"
    // Types keep the legend's order, whatever their counts: colours stay where the reader expects them.
    ? EVENT_TYPE_LIST.filter((t) => counts.has(t))
    : ranked.slice(0, ranked.length > MAX_LANES ? MAX_LANES - 1 : MAX_LANES).map(([key]) => key);
  const ownSet = new Set(own);

  const laneIds = new Map<string, string[]>();
  let others = 0;
  for (const entry of entries) {
    const mine = keysOf(entry, by).filter((k) => ownSet.has(k));
    if (mine.length === 0) others++;
    laneIds.set(entry.id, mine.length ? mine.map(laneId) : [OTHER_LANE]);
  }
  const lanes: Lane[] = own.map((key) => ({ id: laneId(key), label: by === "type" ? typeLabel(key as EventType) : key, count: counts.get(key) ?? 0 }));
  if (others > 0) {
    // Types always have a lane each, so only countries and actors can be left over.
    const someCut = ranked.length > own.length;
    lanes.push({ id: OTHER_LANE, label: someCut ? "Other" : LANE_NAMES[by as "country" | "actor"], count: others });
  }
  return { lanes, laneIds };
}
