/**
 * The chart's events and controls: selection and count taps, the window going to the address, the
 * buttons and keys' zooms, and a big corpus's chart refilling as its window moves. Wired once the
 * chart exists; `connect` returns the function that undoes it all before the chart is destroyed.
 */
import type { RefObject } from "react";
import type { Timeline as VisTimeline } from "vis-timeline/esnext";
import type { DataSet } from "vis-data/esnext";
import type { Dated, Item } from "@/components/timeline-items";
import type { WindowedItems } from "@/components/timeline-window";
import type { TimelineControls, VisibleWindow } from "@/components/timeline-types";
import { dayOf, frame, zoomIntoCluster, zoomIntoStretch } from "@/components/timeline-frames";

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
export function connect(timeline: VisTimeline, items: DataSet<Item, "id">, container: HTMLElement, refs: ChartRefs): () => void {
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
