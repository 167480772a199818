"use client";

/**
 * The vis-timeline chart. Loaded only in the browser, through next/dynamic from TimelineApp,
 * so this library stays out of the initial JavaScript of every page.
 * Item content is built as DOM text nodes (never HTML strings from articles), and vis's
 * own XSS filter is left on.
 */
import { useEffect, useRef, type RefObject } from "react";
import { Timeline as VisTimeline, type DataItem, type TimelineOptions } from "vis-timeline/esnext";
import { DataSet } from "vis-data/esnext";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import type { EventDate } from "@/lib/schema";
import type { TimelineEntry } from "@/lib/view";
import { typeClass } from "@/lib/event-style";

const DAY = 86_400_000;

/** Local midnight, so the axis labels show the same day the data says (no UTC shift). */
function localDay(iso: string, plusDays = 0): Date {
  const [y = 1970, m = 1, d = 1] = iso.split("-").map(Number);
  return new Date(y, m - 1, d + plusDays);
}

/** A window that shows the event with some room on both sides. */
type Dated = TimelineEntry & { date: Pick<EventDate, "start" | "end" | "precision"> };

function windowAround(date: Dated["date"]): [Date, Date] {
  const start = localDay(date.start).getTime();
  const end = localDay(date.end, 1).getTime();
  const pad = Math.max(10 * DAY, end - start);
  return [new Date(start - pad), new Date(end + pad)];
}

/** Every shown event in view. vis's fit() frames a lone event in years of empty axis: give it the room of a selection instead. */
function showAll(timeline: VisTimeline, dated: readonly Dated[], animate: boolean) {
  const only = dated.length === 1 ? dated[0] : undefined;
  if (only) {
    const [start, end] = windowAround(only.date);
    timeline.setWindow(start, end, { animation: animate });
  } else if (dated.length > 1) {
    timeline.fit({ animation: animate });
  }
}

type Item = Omit<DataItem, "content"> & { id: string; content: HTMLElement };

function toItem(event: Dated): Item {
  const content = document.createElement("span");
  content.textContent = event.title;
  content.title = `${event.dateShort ?? ""} · ${event.title}`;
  const className = ["tl-item", typeClass(event.type), event.status === "scheduled" ? "tl-scheduled" : ""].join(" ").trim();
  // Day events are points; a week, month, quarter or year is drawn as the span it covers (end inclusive).
  return event.date.precision === "day"
    ? { id: event.id, content, start: localDay(event.date.start), type: "box", className }
    : { id: event.id, content, start: localDay(event.date.start), end: localDay(event.date.end, 1), type: "range", className };
}

const OPTIONS: TimelineOptions = {
  minHeight: 240,
  // Many overlapping events stack deep: keep the chart a fixed size and scroll inside it.
  maxHeight: 460,
  verticalScroll: true,
  margin: { item: { horizontal: 6, vertical: 6 }, axis: 8 },
  orientation: { axis: "top", item: "top" },
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  // Page scrolling stays page scrolling: zoom with Ctrl + wheel (or pinch), or the buttons.
  zoomKey: "ctrlKey",
  zoomMin: 3 * DAY,
  zoomMax: 80 * 365 * DAY,
};

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
}

export default function Timeline({ entries, selectedId, onSelect, visibleWindow, onWindowChange, controlsRef }: Props) {
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
  const drawnOnce = useRef(false);
  const datedRef = useRef<Dated[]>([]);

  useEffect(() => {
    onSelectRef.current = onSelect;
    onWindowChangeRef.current = onWindowChange;
  }, [onSelect, onWindowChange]);

  // One chart for the component's life; filtering only changes its items.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const items = new DataSet<Item, "id">([]);
    // vis accepts DOM elements as content; its typings only mention strings.
    const timeline = new VisTimeline(container, items as unknown as DataSet<DataItem, "id">, OPTIONS);
    timelineRef.current = timeline;
    itemsRef.current = items;
    drawnOnce.current = false;

    const onVisSelect = ((props: { items: (string | number)[] }) => {
      const id = props.items[0];
      pickedOnChart.current = id === undefined ? null : String(id);
      onSelectRef.current(id === undefined ? null : String(id));
    }) as () => void;
    const onRangeChanged = ((props: { start: Date; end: Date; byUser: boolean }) => {
      // Once the address fixes the window, every move is kept there (a selection also pans);
      // before that only the reader's own pans and zooms are, so `/` stays `/` until one.
      if (!props.byUser && !zoomByReader.current && !windowRef.current) return;
      zoomByReader.current = false;
      const next = { start: dayOf(props.start), end: dayOf(props.end) };
      if (next.start < next.end) onWindowChangeRef.current(next);
    }) as () => void;
    timeline.on("select", onVisSelect);
    timeline.on("rangechanged", onRangeChanged);
    const zoom = (how: "zoomIn" | "zoomOut") => {
      zoomByReader.current = true;
      timeline[how](0.5);
    };
    controlsRef.current = { zoomIn: () => zoom("zoomIn"), zoomOut: () => zoom("zoomOut") };
    return () => {
      controlsRef.current = null;
      timeline.off("select", onVisSelect);
      timeline.off("rangechanged", onRangeChanged);
      timeline.destroy();
      timelineRef.current = null;
      itemsRef.current = null;
    };
  }, [controlsRef]);

  // The events shown changed (filters): swap the items; show them all unless the address fixes the window.
  useEffect(() => {
    const timeline = timelineRef.current;
    const items = itemsRef.current;
    if (!timeline || !items) return;
    const dated = entries.filter((e): e is Dated => e.date !== null);
    datedRef.current = dated;
    const keep = new Set(dated.map((e) => e.id));
    items.remove(items.getIds().filter((id) => !keep.has(String(id))));
    items.update(dated.map(toItem));
    const selected = dated.find((e) => e.id === selectedRef.current);
    timeline.setSelection(selected ? [selected.id] : []);
    const fixed = windowRef.current;
    if (fixed) {
      if (!drawnOnce.current) timeline.setWindow(localDay(fixed.start), localDay(fixed.end), { animation: false });
    } else if (!drawnOnce.current && selected) {
      const [start, end] = windowAround(selected.date);
      timeline.setWindow(start, end, { animation: false });
      timeline.focus(selected.id, { zoom: false, animation: false }); // also scrolls it into view vertically
    } else {
      showAll(timeline, dated, false);
    }
    drawnOnce.current = true;
  }, [entries]);

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
    timeline.setSelection(entry ? [entry.id] : []);
    zoomByReader.current = false;
    if (entry && pickedOnChart.current !== entry.id) {
      if (!timeline.getVisibleItems().includes(entry.id)) {
        const [start, end] = windowAround(entry.date);
        timeline.setWindow(start, end, { animation: false });
      }
      timeline.focus(entry.id, { zoom: false, animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    }
    pickedOnChart.current = null;
  }, [selectedId, entries]);

  const button =
    "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-100";
  return (
    <div>
      <div className="mb-2 flex flex-wrap items-center justify-end gap-2">
        <button type="button" className={button} onClick={() => controlsRef.current?.zoomIn()}>
          Zoom in
        </button>
        <button type="button" className={button} onClick={() => controlsRef.current?.zoomOut()}>
          Zoom out
        </button>
        <button
          type="button"
          className={button}
          onClick={() => {
            windowRef.current = null;
            zoomByReader.current = false;
            if (timelineRef.current) showAll(timelineRef.current, datedRef.current, true);
            onWindowChangeRef.current(null);
          }}
        >
          Show all
        </button>
      </div>
      {/* Focusable so the arrow, +/- and Enter keys described under the chart reach it. */}
      <div
        ref={containerRef}
        tabIndex={0}
        role="group"
        aria-label="Timeline chart"
        aria-describedby="timeline-keys"
        className="min-h-60 rounded-lg bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
      />
    </div>
  );
}
