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
  cluster: { maxItems: 4, showStipes: true, fitOnDoubleClick: true },
};

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
}

export default function Timeline({ entries, selectedId, onSelect, visibleWindow, onWindowChange, controlsRef, lanes }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<VisTimeline | null>(null);
  const itemsRef = useRef<DataSet<Item, "id"> | null>(null);
  const onSelectRef = useRef(onSelect);
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
  const itemIdsRef = useRef(new Map<string, string[]>());
  const selectionFollowed = useRef(false);

  useEffect(() => {
    onSelectRef.current = onSelect;
    onWindowChangeRef.current = onWindowChange;
  }, [onSelect, onWindowChange]);

  // One chart for the component's life, made with its first items, lanes and window so that vis
  // lays it out once (every later setOptions, setGroups or setWindow is another full redraw,
  // 20–60 ms each on a phone); filtering and lanes then only change its items.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const dated = entries.filter((e): e is Dated => e.date !== null);
    datedRef.current = dated;
    const layout = layoutLanes(dated, lanes);
    const next = buildItems(dated, layout);
    itemIdsRef.current = itemIdsOf(next);
    const selected = dated.find((e) => e.id === selectedRef.current);
    const items = itemsRef.current;
    const existing = timelineRef.current;
    if (existing && items) {
      // Groups first: items that name a lane need it to exist, and items without one need it gone.
      existing.setGroups(groupsOf(layout) as DataSet<DataGroup, "id">);
      const keep = new Set(next.map((i) => i.id));
      items.remove(items.getIds().filter((id) => !keep.has(String(id))));
      items.update(next);
      existing.setSelection(selected ? (itemIdsRef.current.get(selected.id) ?? []) : []);
      // Show them all, unless the address fixes the window.
      if (!windowRef.current) frame(existing, dated, false);
      return;
    }
    const fixed = windowRef.current;
    const opening = fixed ? ([localDay(fixed.start), localDay(fixed.end)] as [Date, Date]) : selected ? windowAround(selected.date) : frameOf(openingFrame(dated));
    // vis fits every item on its first draw unless its options name a window: name ours.
    const options: TimelineOptions = opening ? { ...OPTIONS, start: opening[0], end: opening[1] } : OPTIONS;
    const made = new DataSet<Item, "id">(next);
    // vis accepts DOM elements as content; its typings only mention strings.
    const visItems = made as unknown as DataSet<DataItem, "id">;
    const groups = groupsOf(layout);
    const timeline = groups ? new VisTimeline(container, visItems, groups, options) : new VisTimeline(container, visItems, options);
    timelineRef.current = timeline;
    itemsRef.current = made;
    const first = selected && itemIdsRef.current.get(selected.id);
    if (first) timeline.setSelection(first);
    if (first?.[0] && !fixed) timeline.focus(first[0], { zoom: false, animation: false }); // also scrolls it into view vertically
    teardownRef.current = connect(timeline, made, container, { zoomByReader, pickedOnChart, onSelectRef, onWindowChangeRef, windowRef, datedRef, controlsRef });
  }, [entries, lanes, controlsRef]);

  // Destroyed with the component (the effect above makes it once and then only updates it).
  useEffect(
    () => () => {
      teardownRef.current?.();
      teardownRef.current = null;
      timelineRef.current?.destroy();
      timelineRef.current = null;
      itemsRef.current = null;
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
    const itemIds = entry ? (itemIdsRef.current.get(entry.id) ?? []) : [];
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
}

/** The chart's events and controls, wired once it exists; the returned function undoes them before it is destroyed. */
function connect(timeline: VisTimeline, items: DataSet<Item, "id">, container: HTMLElement, refs: ChartRefs): () => void {
  const { zoomByReader, pickedOnChart, onSelectRef, onWindowChangeRef, windowRef, datedRef, controlsRef } = refs;
  const onVisSelect = ((props: { items: (string | number)[] }) => {
    const itemId = props.items[0];
    const eventId = itemId === undefined ? null : (items.get(String(itemId))?.eventId ?? null);
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
  timeline.on("changed", nameClusters);
  timeline.on("select", onVisSelect);
  timeline.on("rangechanged", onRangeChanged);
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
  };
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
