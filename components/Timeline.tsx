"use client";

/**
 * The vis-timeline chart. Loaded only in the browser, through next/dynamic from TimelineApp,
 * so this library stays out of the initial JavaScript of every page.
 * Item content is built as DOM text nodes (never HTML strings from articles), and vis's
 * own XSS filter is left on.
 */
import { useEffect, useRef, type RefObject } from "react";
import { Timeline as VisTimeline, type DataGroup, type DataItem, type TimelineOptions } from "vis-timeline/esnext";
import { DataSet } from "vis-data/esnext";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import type { TimelineEntry } from "@/lib/view";
import type { Lanes } from "@/lib/url-state";
import { layoutLanes } from "@/lib/lanes";
import { buildGroups, buildItems, localDay, type Dated, type Group, type Item } from "@/components/timeline-items";
import { WINDOWED_FROM, WindowedItems } from "@/components/timeline-window";

const DAY = 86_400_000;

/** The chart's height, shared with the placeholder shown while this module loads. */
export const CHART_HEIGHT_CLASS = "h-[18rem] lg:h-[22rem]";

/** A window that shows the event with some room on both sides. */
function windowAround(date: Dated["date"]): [Date, Date] {
  const start = localDay(date.start).getTime();
  const end = localDay(date.end, 1).getTime();
  const pad = Math.max(10 * DAY, end - start);
  return [new Date(start - pad), new Date(end + pad)];
}

/** The window around some events; a lone event gets the room of a selection, not years of empty axis. */
function frameOf(dated: readonly Dated[]): [Date, Date] | null {
  const only = dated.length === 1 ? dated[0] : undefined;
  if (only) return windowAround(only.date);
  if (dated.length === 0) return null;
  // A loop, not Math.min(...all): a spread of 100,000 arguments overflows the stack.
  let first = Infinity;
  let last = -Infinity;
  for (const e of dated) {
    first = Math.min(first, localDay(e.date.start).getTime());
    last = Math.max(last, localDay(e.date.end, 1).getTime());
  }
  const pad = Math.max(DAY, (last - first) * 0.04);
  return [new Date(first - pad), new Date(last + pad)];
}

function frame(timeline: VisTimeline, dated: readonly Dated[], animate: boolean) {
  const window = frameOf(dated);
  if (window) timeline.setWindow(window[0], window[1], { animation: animate });
}

/**
 * The first view: the crisis itself. Background events (an annexation years earlier that the
 * articles recall) would stretch the axis over years and squeeze the crisis into a cluster;
 * they stay on the chart, one "Show all" away.
 */
function openingFrame(dated: readonly Dated[]): Dated[] {
  const current = dated.filter((e) => e.status !== "background");
  return current.length > 0 ? current : [...dated];
}

const OPTIONS: TimelineOptions = {
  // The chart fills a box of fixed height (CHART_HEIGHT_CLASS), the same as its loading
  // placeholder's, so nothing below it moves when it arrives; deep stacks scroll inside it.
  height: "100%",
  verticalScroll: true,
  margin: { item: { horizontal: 6, vertical: 6 }, axis: 8 },
  orientation: { axis: "top", item: "top" },
  selectable: true,
  multiselect: false,
  // A red line at today, visible whenever the window reaches it (an unfolding crisis).
  showCurrentTime: true,
  // Page scrolling stays page scrolling: zoom with Ctrl + wheel (or pinch), or the buttons.
  zoomKey: "ctrlKey",
  zoomMin: 3 * DAY,
  zoomMax: 80 * 365 * DAY,
  // Dense stretches become one box with a count, which opens as the reader zooms in
  // (or taps it: see onVisSelect).
  // A big corpus's buckets (timeline-window.ts) already are counts: never clustered.
  cluster: { maxItems: 4, showStipes: true, fitOnDoubleClick: true, clusterCriteria: (a, b) => !isBucket(a) && !isBucket(b) },
};

function isBucket(item: object): boolean {
  return "bucket" in item && item.bucket !== undefined;
}

/** Every item id of each event (an event drawn in several lanes has several items). */
function itemIdsOf(items: readonly Item[]): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const item of items) {
    const list = ids.get(item.eventId);
    if (list) list.push(item.id);
    else ids.set(item.eventId, [item.id]);
  }
  return ids;
}

/** vis's lanes for a lane layout; none when the chart has no lanes. */
function groupsOf(layout: ReturnType<typeof layoutLanes>): DataSet<DataGroup, "id"> | undefined {
  return layout ? (new DataSet<Group, "id">(buildGroups(layout.lanes)) as unknown as DataSet<DataGroup, "id">) : undefined;
}

/** YYYY-MM-DD of a moment, in local time (the chart draws local days). */
function dayOf(time: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

export interface VisibleWindow {
  start: string;
  end: string;
}

/** What the keyboard (handled by the page around the chart) can ask of it. */
export interface TimelineControls {
  zoomIn(): void;
  zoomOut(): void;
  /** Every shown event in view (and the window leaves the address). */
  showAll(): void;
}

interface Props {
  entries: TimelineEntry[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** The window the address asks for (days), or null to show every event. */
  visibleWindow: VisibleWindow | null;
  /** The reader moved the window (null: back to showing everything). */
  onWindowChange: (window: VisibleWindow | null) => void;
  controlsRef: RefObject<TimelineControls | null>;
  lanes: Lanes;
  /** Called once the chart has drawn for the first time (the page holds back slower parts until then). */
  onDrawn?: () => void;
}

export default function Timeline({ entries, selectedId, onSelect, visibleWindow, onWindowChange, controlsRef, lanes, onDrawn }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<VisTimeline | null>(null);
  const itemsRef = useRef<DataSet<Item, "id"> | null>(null);
  const onSelectRef = useRef(onSelect);
  const onDrawnRef = useRef(onDrawn);
  const onWindowChangeRef = useRef(onWindowChange);
  const selectedRef = useRef(selectedId);
  const windowRef = useRef(visibleWindow);
  // The id the user just picked on the chart itself: no need to move the window for it.
  const pickedOnChart = useRef<string | null>(null);
  // Zooms asked for with the buttons or keys are the reader's own, like a drag: they go to the address.
  const zoomByReader = useRef(false);
  const teardownRef = useRef<(() => void) | null>(null);
  const datedRef = useRef<Dated[]>([]);
  // An event drawn in several lanes has several items: every item id of each event.
  const itemIdsRef = useRef<(eventId: string) => string[]>(() => []);
  // A big corpus's chart holds only what its window needs (timeline-window.ts); null below WINDOWED_FROM.
  const windowedRef = useRef<WindowedItems | null>(null);
  const selectionFollowed = useRef(false);

  useEffect(() => {
    onSelectRef.current = onSelect;
    onWindowChangeRef.current = onWindowChange;
    onDrawnRef.current = onDrawn;
  }, [onSelect, onWindowChange, onDrawn]);

  // One chart for the component's life, made with its first items, lanes and window so that vis
  // lays it out once (every later setOptions, setGroups or setWindow is another full redraw,
  // 20–60 ms each on a phone); filtering and lanes then only change its items.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const dated = entries.filter((e): e is Dated => e.date !== null);
    datedRef.current = dated;
    const layout = layoutLanes(dated, lanes);
    const windowed = dated.length >= WINDOWED_FROM;
    // Below WINDOWED_FROM every event's items, as always; past it, none yet: the window decides.
    const next = windowed ? [] : buildItems(dated, layout);
    const ids = itemIdsOf(next);
    const selected = dated.find((e) => e.id === selectedRef.current);
    const items = itemsRef.current;
    const existing = timelineRef.current;
    if (existing && items) {
      // Groups first: items that name a lane need it to exist, and items without one need it gone.
      existing.setGroups(groupsOf(layout) as DataSet<DataGroup, "id">);
      // Show them all, unless the address fixes the window.
      if (!windowRef.current) frame(existing, dated, false);
      if (windowed) {
        const feed = new WindowedItems(dated, layout, items);
        windowedRef.current = feed;
        itemIdsRef.current = (id) => feed.itemIdsOf(id);
        feed.select(selected?.id ?? null);
        const { start, end } = existing.getWindow();
        feed.fill(start, end, container.clientWidth);
      } else {
        windowedRef.current = null;
        itemIdsRef.current = (id) => ids.get(id) ?? [];
        const keep = new Set(next.map((i) => i.id));
        items.remove(items.getIds().filter((id) => !keep.has(String(id))));
        items.update(next);
      }
      existing.setSelection(selected ? itemIdsRef.current(selected.id) : []);
      return;
    }
    const fixed = windowRef.current;
    const opening = fixed ? ([localDay(fixed.start), localDay(fixed.end)] as [Date, Date]) : selected ? windowAround(selected.date) : frameOf(openingFrame(dated));
    // vis fits every item on its first draw unless its options name a window: name ours.
    const options: TimelineOptions = opening ? { ...OPTIONS, start: opening[0], end: opening[1] } : OPTIONS;
    const made = new DataSet<Item, "id">(next);
    itemIdsRef.current = (id) => ids.get(id) ?? [];
    if (windowed && opening) {
      const feed = new WindowedItems(dated, layout, made);
      windowedRef.current = feed;
      itemIdsRef.current = (id) => feed.itemIdsOf(id);
      feed.select(selected?.id ?? null);
      feed.fill(opening[0], opening[1], container.clientWidth);
    }
    // vis accepts DOM elements as content; its typings only mention strings.
    const visItems = made as unknown as DataSet<DataItem, "id">;
    const groups = groupsOf(layout);
    const timeline = groups ? new VisTimeline(container, visItems, groups, options) : new VisTimeline(container, visItems, options);
    timelineRef.current = timeline;
    itemsRef.current = made;
    const first = selected && itemIdsRef.current(selected.id);
    if (first) timeline.setSelection(first);
    if (first?.[0] && !fixed) timeline.focus(first[0], { zoom: false, animation: false }); // also scrolls it into view vertically
    // vis draws on the next animation frame; the frame after it has been painted.
    requestAnimationFrame(() => requestAnimationFrame(() => onDrawnRef.current?.()));
    teardownRef.current = connect(timeline, made, container, { zoomByReader, pickedOnChart, onSelectRef, onWindowChangeRef, windowRef, datedRef, controlsRef, windowedRef });
  }, [entries, lanes, controlsRef]);

  // Destroyed with the component (the effect above makes it once and then only updates it).
  useEffect(
    () => () => {
      teardownRef.current?.();
      teardownRef.current = null;
      timelineRef.current?.destroy();
      timelineRef.current = null;
      itemsRef.current = null;
      windowedRef.current = null;
    },
    [],
  );

  // Back/forward or a pasted address changed the window: follow it (a day's rounding is no change).
  useEffect(() => {
    windowRef.current = visibleWindow;
    const timeline = timelineRef.current;
    if (!timeline || !visibleWindow) return;
    const now = timeline.getWindow();
    if (dayOf(now.start) === visibleWindow.start && dayOf(now.end) === visibleWindow.end) return;
    timeline.setWindow(localDay(visibleWindow.start), localDay(visibleWindow.end), { animation: false });
  }, [visibleWindow]);

  // Follow selections made elsewhere (lists, keys, back/forward): select and bring into view.
  useEffect(() => {
    selectedRef.current = selectedId;
    const timeline = timelineRef.current;
    if (!timeline) return;
    const entry = entries.find((e): e is Dated => e.id === selectedId && e.date !== null);
    // A big corpus's chart may not hold the event yet, wherever its window is: it holds it from now on.
    windowedRef.current?.select(entry?.id ?? null);
    const itemIds = entry ? itemIdsRef.current(entry.id) : [];
    timeline.setSelection(itemIds);
    zoomByReader.current = false;
    // The first run follows the first draw, which already framed the selected event: no animation on arrival.
    const arriving = !selectionFollowed.current;
    selectionFollowed.current = true;
    if (entry && itemIds[0] && pickedOnChart.current !== entry.id && !arriving) {
      const visible = new Set(timeline.getVisibleItems().map(String));
      if (!itemIds.some((id) => visible.has(id))) {
        const [start, end] = windowAround(entry.date);
        timeline.setWindow(start, end, { animation: false });
      }
      timeline.focus(itemIds[0], { zoom: false, animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    }
    pickedOnChart.current = null;
  }, [selectedId, entries, lanes]);

  return (
    <>
      {/* Focusable so the arrow, +/- and Enter keys described under the chart reach it. */}
      <div
        ref={containerRef}
        tabIndex={0}
        role="group"
        aria-label="Timeline chart"
        aria-describedby="timeline-keys"
        className={`timeline-chart ${CHART_HEIGHT_CLASS} rounded-lg bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600`}
      />
    </>
  );
}

/** The component's refs that the chart's handlers read and write. */
interface ChartRefs {
  zoomByReader: RefObject<boolean>;
  pickedOnChart: RefObject<string | null>;
  onSelectRef: RefObject<(id: string | null) => void>;
  onWindowChangeRef: RefObject<(window: VisibleWindow | null) => void>;
  windowRef: RefObject<VisibleWindow | null>;
  datedRef: RefObject<Dated[]>;
  controlsRef: RefObject<TimelineControls | null>;
  windowedRef: RefObject<WindowedItems | null>;
}

/** The chart's events and controls, wired once it exists; the returned function undoes them before it is destroyed. */
function connect(timeline: VisTimeline, items: DataSet<Item, "id">, container: HTMLElement, refs: ChartRefs): () => void {
  const { zoomByReader, pickedOnChart, onSelectRef, onWindowChangeRef, windowRef, datedRef, controlsRef, windowedRef } = refs;
  const onVisSelect = ((props: { items: (string | number)[] }) => {
    const itemId = props.items[0];
    const item = itemId === undefined ? null : items.get(String(itemId));
    if (item?.bucket) {
      // A big corpus's count of a stretch of days: zoom into that stretch (the reader's own zoom).
      zoomByReader.current = true;
      zoomIntoStretch(timeline, item.bucket);
      return;
    }
    const eventId = item?.eventId ?? null;
    if (itemId !== undefined && eventId === null) {
      // A cluster: open it by zooming to its events rather than selecting a count (the reader's own zoom: it goes to the address).
      zoomByReader.current = true;
      zoomIntoCluster(timeline, String(itemId));
      return;
    }
    pickedOnChart.current = eventId;
    onSelectRef.current(eventId);
  }) as () => void;
  const onRangeChanged = ((props: { start: Date; end: Date; byUser: boolean }) => {
    // Once the address fixes the window, every move is kept there (a selection also pans);
    // before that only the reader's own pans and zooms are, so `/` stays `/` until one.
    if (!props.byUser && !zoomByReader.current && !windowRef.current) return;
    zoomByReader.current = false;
    const next = { start: dayOf(props.start), end: dayOf(props.end) };
    if (next.start < next.end) onWindowChangeRef.current(next);
  }) as () => void;
  // vis's XSS filter strips the title it writes into a cluster's HTML: name the count again, as text.
  const nameClusters = () => {
    for (const content of container.querySelectorAll<HTMLElement>(".vis-cluster .vis-item-content")) {
      const count = content.textContent?.trim() ?? "";
      const title = `${count} events: tap or zoom in to see them`;
      if (content.title !== title) content.title = title;
    }
  };
  nameClusters();
  const following = followWindow(timeline, container, windowedRef);
  timeline.on("changed", nameClusters);
  timeline.on("select", onVisSelect);
  timeline.on("rangechanged", onRangeChanged);
  timeline.on("rangechange", following.moving);
  timeline.on("rangechanged", following.settled);
  const zoom = (how: "zoomIn" | "zoomOut") => {
    zoomByReader.current = true;
    timeline[how](0.5);
  };
  const showAll = () => {
    windowRef.current = null;
    zoomByReader.current = false;
    frame(timeline, datedRef.current, true);
    onWindowChangeRef.current(null);
  };
  controlsRef.current = { zoomIn: () => zoom("zoomIn"), zoomOut: () => zoom("zoomOut"), showAll };
  return () => {
    controlsRef.current = null;
    timeline.off("changed", nameClusters);
    timeline.off("select", onVisSelect);
    timeline.off("rangechanged", onRangeChanged);
    timeline.off("rangechange", following.moving);
    timeline.off("rangechanged", following.settled);
    following.stop();
  };
}

/** How often a moving window may refill a big corpus's chart, and how long after a move it is tidied. */
const REFILL_EVERY_MS = 120;
const SETTLE_MS = 80;

/**
 * A big corpus's chart follows its window: while it moves, at most every REFILL_EVERY_MS and only
 * when the window reaches the edge of what is held or the zoom wants other buckets; once it stops,
 * a short while later, to put the margin back around it.
 */
function followWindow(timeline: VisTimeline, container: HTMLElement, windowedRef: RefObject<WindowedItems | null>) {
  let cooling: ReturnType<typeof setTimeout> | undefined;
  let settling: ReturnType<typeof setTimeout> | undefined;
  const refillIf = (settled: boolean) => {
    const feed = windowedRef.current;
    if (!feed) return false;
    const { start, end } = timeline.getWindow();
    if (!feed.stale(start, end, container.clientWidth, settled)) return false;
    feed.fill(start, end, container.clientWidth);
    return true;
  };
  const moving = () => {
    if (cooling !== undefined || !refillIf(false)) return;
    cooling = setTimeout(() => {
      cooling = undefined;
      moving();
    }, REFILL_EVERY_MS);
  };
  const settled = () => {
    clearTimeout(settling);
    settling = setTimeout(() => refillIf(true), SETTLE_MS);
  };
  const stop = () => {
    clearTimeout(cooling);
    clearTimeout(settling);
  };
  return { moving: moving as () => void, settled: settled as () => void, stop };
}

function zoomIntoStretch(timeline: VisTimeline, stretch: { start: string; end: string }) {
  timeline.setSelection([]);
  const first = localDay(stretch.start).getTime();
  const last = localDay(stretch.end, 1).getTime();
  const pad = Math.max(DAY, (last - first) * 0.1);
  timeline.setWindow(new Date(first - pad), new Date(last + pad), { animation: { duration: 300, easingFunction: "easeInOutQuad" } });
}

/**
 * vis emits a cluster's own (random) id when one is tapped. Its events are in vis's item set,
 * which the public API does not expose: read them defensively, and if that ever fails, zoom in
 * around the middle of the window instead.
 */
function zoomIntoCluster(timeline: VisTimeline, clusterId: string) {
  timeline.setSelection([]);
  type ClusterLike = { id: string; data?: { uiItems?: Array<{ data: { start: Date; end?: Date } }> } };
  const clusters = (timeline as unknown as { itemSet?: { clusters?: ClusterLike[] } }).itemSet?.clusters ?? [];
  const members = clusters.find((c) => c.id === clusterId)?.data?.uiItems ?? [];
  if (members.length === 0) {
    timeline.zoomIn(0.5);
    return;
  }
  let first = Infinity;
  let last = -Infinity;
  for (const { data } of members) {
    first = Math.min(first, new Date(data.start).getTime());
    last = Math.max(last, new Date(data.end ?? data.start).getTime());
  }
  const pad = Math.max(DAY, (last - first) * 0.1);
  timeline.setWindow(new Date(first - pad), new Date(last + pad), { animation: { duration: 300, easingFunction: "easeInOutQuad" } });
}
