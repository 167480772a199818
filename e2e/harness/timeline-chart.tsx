/**
 * A test page for the chart of a big corpus: the real components/Timeline.tsx with as many synthetic
 * events as its root asks for (`data-events`), bundled by e2e/chart-scale.spec.ts with esbuild and
 * mounted in a blank page that carries the built site's stylesheet. The site's own data has a
 * handful of events, too few for the chart to window them; this never ships with the app (it is not
 * a route, nor imported by one). `data-selected` selects an event from the start, as an address would.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import Timeline from "@/components/Timeline";
import type { TimelineControls, VisibleWindow } from "@/components/timeline-types";
import type { EventType } from "@/lib/schema";
import type { Lanes } from "@/lib/url-state";
import type { TimelineEntry } from "@/lib/view";

declare global {
  interface Window {
    /** The chart's controls (zoom, show all), and what it asked for: selections and windows. */
    chartHarness: { controls: { current: TimelineControls | null }; selected: Array<string | null>; windows: Array<VisibleWindow | null>; select(id: string | null): void };
  }
}

const TYPES: EventType[] = ["CONSULT", "THREATEN", "AGREE", "STATEMENT", "SANCTION"];
const COUNTRIES = ["Atlantis", "Borduria", "Syldavia", "Ruritania"];
const pad = (n: number, width: number) => String(n).padStart(width, "0");
/** Events per day: 10,000 events span about four years. */
const PER_DAY = 7;

/** Event i is on day 2020-01-01 + i / PER_DAY (date order is index order); every 40th lasts a month. */
function syntheticEntries(count: number): TimelineEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(Date.UTC(2020, 0, 1 + Math.floor(i / PER_DAY)));
    const month = i % 40 === 39;
    const day = start.toISOString().slice(0, 10);
    const end = month ? new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)).toISOString().slice(0, 10) : day;
    const from = month ? `${day.slice(0, 8)}01` : day;
    return {
      id: `event-${pad(i, 6)}`,
      title: `Synthetic event ${pad(i, 6)}`,
      type: TYPES[i % TYPES.length]!,
      status: "occurred",
      date: { start: from, end, precision: month ? "month" : "day" },
      dateShort: day,
      unresolvedDate: null,
      actors: [],
      countries: [COUNTRIES[i % COUNTRIES.length]!],
      articleIds: ["a1"],
    };
  });
}

function Harness({ count, initial, lanes }: { count: number; initial: string | null; lanes: Lanes }) {
  const entries = useMemo(() => syntheticEntries(count), [count]);
  const [selectedId, setSelectedId] = useState(initial);
  const [visibleWindow, setVisibleWindow] = useState<VisibleWindow | null>(null);
  const controlsRef = useRef<TimelineControls | null>(null);
  useEffect(() => {
    window.chartHarness.controls = controlsRef;
    window.chartHarness.select = setSelectedId;
  }, []);
  return (
    <Timeline
      entries={entries}
      selectedId={selectedId}
      onSelect={(id) => {
        window.chartHarness.selected.push(id);
        setSelectedId(id);
      }}
      visibleWindow={visibleWindow}
      onWindowChange={(w) => {
        window.chartHarness.windows.push(w);
        setVisibleWindow(w);
      }}
      controlsRef={controlsRef}
      lanes={lanes}
    />
  );
}

const root = document.getElementById("root")!;
window.chartHarness = { controls: { current: null }, selected: [], windows: [], select: () => {} };
createRoot(root).render(<Harness count={Number(root.dataset.events)} initial={root.dataset.selected || null} lanes={(root.dataset.lanes as Lanes | undefined) ?? "none"} />);
