"use client";

/**
 * The vis-timeline chart. Loaded only in the browser, through next/dynamic from TimelineApp,
 * so this library stays out of the initial JavaScript of every page.
 * Item content is built as DOM text nodes (never HTML strings from articles), and vis's
 * own XSS filter is left on.
 */
import { useEffect, useRef } from "react";
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

interface Props {
  entries: TimelineEntry[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

export default function Timeline({ entries, selectedId, onSelect }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<VisTimeline | null>(null);
  const onSelectRef = useRef(onSelect);
  const selectedRef = useRef(selectedId);
  // The id the user just picked on the chart itself: no need to move the window for it.
  const pickedOnChart = useRef<string | null>(null);

  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const dated = entries.filter((e): e is Dated => e.date !== null);
    const items = new DataSet<Item, "id">(dated.map(toItem));
    // vis accepts DOM elements as content; its typings only mention strings.
    const timeline = new VisTimeline(container, items as unknown as DataSet<DataItem, "id">, OPTIONS);
    timelineRef.current = timeline;

    const onVisSelect = ((props: { items: (string | number)[] }) => {
      const id = props.items[0];
      pickedOnChart.current = id === undefined ? null : String(id);
      onSelectRef.current(id === undefined ? null : String(id));
    }) as () => void;
    timeline.on("select", onVisSelect);

    const first = dated.find((e) => e.id === selectedRef.current);
    if (first) {
      timeline.setSelection(first.id);
      const [start, end] = windowAround(first.date);
      timeline.setWindow(start, end, { animation: false });
      timeline.focus(first.id, { zoom: false, animation: false }); // also scrolls it into view vertically
    } else if (dated.length > 0) {
      timeline.fit({ animation: false });
    }
    return () => {
      timeline.off("select", onVisSelect);
      timeline.destroy();
      timelineRef.current = null;
    };
  }, [entries]);

  // Follow selections made elsewhere (lists, back/forward): select and bring into view.
  useEffect(() => {
    selectedRef.current = selectedId;
    const timeline = timelineRef.current;
    if (!timeline) return;
    const entry = entries.find((e): e is Dated => e.id === selectedId && e.date !== null);
    timeline.setSelection(entry ? [entry.id] : []);
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
        <p className="mr-auto text-xs text-slate-600">Drag to pan · Ctrl + scroll or the buttons to zoom · scroll inside to see stacked events</p>
        <button type="button" className={button} onClick={() => timelineRef.current?.zoomIn(0.5)}>
          Zoom in
        </button>
        <button type="button" className={button} onClick={() => timelineRef.current?.zoomOut(0.5)}>
          Zoom out
        </button>
        <button type="button" className={button} onClick={() => timelineRef.current?.fit()}>
          Show all
        </button>
      </div>
      <div ref={containerRef} className="min-h-60 rounded-lg bg-white" />
    </div>
  );
}
