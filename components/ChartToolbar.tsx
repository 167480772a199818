"use client";

import type { RefObject } from "react";
import { LANE_CHOICES, type Lanes } from "@/lib/url-state";
import type { TimelineControls } from "@/components/timeline-types";

const LANE_LABELS: Record<Lanes, string> = { none: "None", country: "Country", actor: "Actor", type: "Event type" };

const button =
  "shrink-0 whitespace-nowrap rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-100";

/**
 * Lanes and zoom, above the chart. Rendered by the page, not by the lazily loaded chart, so the
 * controls are there (and take their space) from the first paint: nothing shifts when the chart arrives.
 */
export function ChartToolbar({ lanes, onLanes, controlsRef }: { lanes: Lanes; onLanes: (lanes: Lanes) => void; controlsRef: RefObject<TimelineControls | null> }) {
  return (
    <div id="chart-controls" className="mb-2 flex flex-wrap items-center justify-between gap-2">
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <span className="font-medium">Lanes</span>
        <select
          value={lanes}
          onChange={(e) => onLanes(e.target.value as Lanes)}
          className="rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 shadow-sm"
        >
          {LANE_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {LANE_LABELS[choice]}
            </option>
          ))}
        </select>
      </label>
      {/*
        On a phone the zoom buttons always take a row of their own: which row they land on never
        depends on how wide the text measures, so it cannot change between the first paint and later.
      */}
      <div className="flex max-sm:basis-full flex-wrap items-center gap-2">
        <button type="button" className={button} onClick={() => controlsRef.current?.zoomIn()}>
          Zoom in
        </button>
        <button type="button" className={button} onClick={() => controlsRef.current?.zoomOut()}>
          Zoom out
        </button>
        <button type="button" className={button} onClick={() => controlsRef.current?.showAll()}>
          Show all
        </button>
      </div>
    </div>
  );
}
