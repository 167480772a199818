/**
 * The chart of a big corpus: vis-timeline gets only what the window needs, never every event.
 * Past WINDOWED_FROM shown events, the chart's data set holds the events of the window and a
 * margin around it when there are at most MAX_ITEMS of them, else one bucket per stretch of days
 * ("128 events"; tapping one zooms into its stretch). The selected event is always held, wherever
 * the window is. Items are built as DOM text nodes, like every other item (timeline-items.ts).
 */
import type { DataSet } from "vis-data/esnext";
import type { LaneLayout } from "@/lib/lanes";
import { windowContent, type Bucket } from "@/lib/aggregate";
import { chartIndex, coverFor, localDayNumber, needsRefill, type ChartIndex, type Cover } from "@/lib/chart-window";
import { dayString } from "@/lib/compact-index";
import { formatDay, plural } from "@/lib/format";
import { buildItems, laneItemId, localDay, type Dated, type Item } from "@/components/timeline-items";

/** From this many shown dated events on, the chart is windowed; below it, it holds every event, as it always did. */
export const WINDOWED_FROM = 400;
/**
 * The most event items held at once (an event drawn in two lanes is two); past it, buckets. vis
 * draws a day's event as three elements (box, line and dot, each a `.vis-item`), so 160 keeps the
 * chart under 500 elements even when everything held is in view.
 */
export const MAX_ITEMS = 160;

/** A bucket's item id: it starts with the separator, which no event id does, and changes with its count. */
const bucketId = (b: Bucket) => `\u241Fbucket\u241F${b.lane}\u241F${b.startDay}\u241F${b.endDay}\u241F${b.count}`;

function bucketItem(bucket: Bucket, layout: LaneLayout | null): Item {
  const first = dayString(bucket.startDay);
  const last = dayString(bucket.endDay);
  const content = document.createElement("span");
  content.className = "tl-content";
  const count = document.createElement("span");
  count.textContent = plural(bucket.count, "event");
  content.append(count);
  const stretch = first === last ? formatDay(first) : `${formatDay(first)} to ${formatDay(last)}`;
  content.title = `${plural(bucket.count, "event")}, ${stretch}: tap or zoom in to see them`;
  const lane = bucket.lane >= 0 ? layout?.lanes[bucket.lane]?.id : undefined;
  return {
    id: bucketId(bucket),
    eventId: "",
    bucket: { start: first, end: last },
    content,
    className: "tl-bucket",
    type: "range",
    start: localDay(first),
    // A tenth short of its stretch: vis stacks items closer than its margin, and side by side counts read better in one row.
    end: new Date(localDay(first).getTime() + (localDay(last, 1).getTime() - localDay(first).getTime()) * 0.9),
    ...(lane ? { group: lane } : {}),
  };
}

export class WindowedItems {
  private readonly index: ChartIndex;
  private readonly shown: Uint8Array;
  private readonly byId = new Map<string, Dated>();
  private cover: Cover | null = null;
  private selected: Dated | null = null;

  constructor(
    private readonly dated: readonly Dated[],
    private readonly layout: LaneLayout | null,
    private readonly items: DataSet<Item, "id">,
  ) {
    for (const entry of dated) this.byId.set(entry.id, entry);
    const laneIndex = new Map(layout?.lanes.map((lane, i) => [lane.id, i]));
    const lanesOf = layout ? (i: number) => (layout.laneIds.get(dated[i]!.id) ?? []).map((id) => laneIndex.get(id) ?? 0) : undefined;
    this.index = chartIndex(dated, lanesOf);
    // The events given are the shown ones: the filters already ran.
    this.shown = new Uint8Array(dated.length).fill(1);
  }

  /** The ids of an event's items (one per lane it is drawn in), held or not. */
  itemIdsOf(eventId: string): string[] {
    if (!this.byId.has(eventId)) return [];
    const lanes = this.layout?.laneIds.get(eventId);
    return lanes ? lanes.map((lane) => laneItemId(eventId, lane)) : [eventId];
  }

  /** Keeps this event held from now on (null: none), adding its items at once if they are missing. */
  select(eventId: string | null): void {
    this.selected = (eventId && this.byId.get(eventId)) || null;
    if (!this.selected) return;
    const missing = this.itemIdsOf(this.selected.id).some((id) => this.items.get(id) === null);
    if (missing) this.items.update(buildItems([this.selected], this.layout));
  }

  /** Whether the window [start, end], drawn `widthPx` wide, needs a refill (see lib/chart-window needsRefill). */
  stale(start: Date, end: Date, widthPx: number, settled: boolean): boolean {
    return needsRefill(this.cover, localDayNumber(start), localDayNumber(end), widthPx, settled);
  }

  /** Holds what the window [start, end] needs, adding and removing only what differs. */
  fill(start: Date, end: Date, widthPx: number): void {
    const cover = coverFor(localDayNumber(start), localDayNumber(end), widthPx);
    this.cover = cover;
    const content = windowContent(this.index, this.shown, cover.fromDay, cover.toDay, {
      maxEvents: MAX_ITEMS,
      bucketDays: cover.bucketDays,
      longest: this.index.longest,
      sample: 0,
      ...(this.index.lanes ? { lanes: this.index.lanes } : {}),
    });
    const wanted = new Set<string>();
    const added: Item[] = [];
    const events = content.kind === "events" ? content.events.map((p) => this.dated[this.index.order[p]!]!) : [];
    if (this.selected) events.push(this.selected);
    const missing = new Set<Dated>();
    for (const event of events) {
      const ids = this.itemIdsOf(event.id);
      if (ids.some((id) => this.items.get(id) === null)) missing.add(event);
      for (const id of ids) wanted.add(id);
    }
    added.push(...buildItems([...missing], this.layout).filter((item) => this.items.get(item.id) === null));
    if (content.kind === "buckets") {
      for (const bucket of content.buckets) {
        const id = bucketId(bucket);
        wanted.add(id);
        if (this.items.get(id) === null) added.push(bucketItem(bucket, this.layout));
      }
    }
    const stale = this.items.getIds().filter((id) => !wanted.has(String(id)));
    if (stale.length > 0) this.items.remove(stale);
    if (added.length > 0) this.items.add(added);
  }
}
