"use client";

import { useCallback, type KeyboardEvent, type RefObject } from "react";
import type { TimelineEntry } from "@/lib/view";
import { stepSelection } from "@/lib/filters";
import type { FocusTarget } from "@/components/SelectionContext";
import type { TimelineControls } from "@/components/timeline-types";

interface Options {
  /** Every event, in time order. */
  entries: readonly TimelineEntry[];
  /** The events the filters let through. */
  shownIds: ReadonlySet<string>;
  selectedId: string | null;
  select: (id: string | null, focus?: FocusTarget) => void;
  openPanel: () => void;
  controlsRef: RefObject<TimelineControls | null>;
}

/**
 * The timeline region's keys (listed in KeyHint): Left/Right step through the shown events in
 * time order, +/- zoom, Enter moves to the selected event's panel, Escape closes it. Form
 * fields keep their own keys (typing "-" in the search, arrows in a select or a date), and
 * Enter on a button or link still presses it.
 */
export function useTimelineKeys({ entries, shownIds, selectedId, select, openPanel, controlsRef }: Options) {
  return useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement;
      if (target.closest("input, select, textarea, [contenteditable='true']")) return;
      let handled = true;
      switch (e.key) {
        case "ArrowRight":
        case "ArrowLeft": {
          const next = stepSelection(entries, shownIds, selectedId, e.key === "ArrowRight" ? 1 : -1);
          if (next) select(next);
          break;
        }
        case "+":
        case "=":
          controlsRef.current?.zoomIn();
          break;
        case "-":
        case "_":
          controlsRef.current?.zoomOut();
          break;
        case "Enter":
          if (target.closest("button, a") || !selectedId) handled = false;
          else openPanel();
          break;
        case "Escape":
          if (selectedId) select(null);
          else handled = false;
          break;
        default:
          handled = false;
      }
      if (handled) e.preventDefault();
    },
    [entries, shownIds, selectedId, select, openPanel, controlsRef],
  );
}
