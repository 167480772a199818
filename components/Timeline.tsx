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
import { DAY, dayOf, frame, frameOf, openingFrame, windowAround } from "@/components/timeline-frames";
import { connect } from "@/components/timeline-connect";
import type { TimelineControls, VisibleWindow } from "@/components/timeline-types";

/** The chart's height, shared with the placeholder shown while this module loads. */
export const CHART_HEIGHT_CLASS = "h-[18rem] lg:h-[22rem]";

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
    // Past WINDOWED_FROM: the chart's items come from the window (timeline-window.ts), filled for [start, end].
    const feedWindow = (into: DataSet<Item, "id">, start: Date, end: Date) => {
      const feed = new WindowedItems(dated, layout, into);
      windowedRef.current = feed;
      itemIdsRef.current = (id) => feed.itemIdsOf(id);
      feed.select(selected?.id ?? null);
      feed.fill(start, end, container.clientWidth);
    };
    const items = itemsRef.current;
    const existing = timelineRef.current;
    if (existing && items) {
      // Groups first: items that name a lane need it to exist, and items without one need it gone.
      existing.setGroups(groupsOf(layout) as DataSet<DataGroup, "id">);
      // Show them all, unless the address fixes the window.
      if (!windowRef.current) frame(existing, dated, false);
      if (windowed) {
        const { start, end } = existing.getWindow();
        feedWindow(items, start, end);
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
    if (windowed && opening) feedWindow(made, opening[0], opening[1]);
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
