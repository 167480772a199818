"use client";

import { useCallback } from "react";
import { defaultsFor, parseViewState, serializeViewState, type KnownValues, type ViewState } from "@/lib/url-state";
import { announceViewUrlChange } from "@/components/useLocationSearch";

export type HistoryMode = "push" | "replace";

/**
 * Writes the view into the query string with the History API (no server round trip), then
 * tells useLocationSearch. The update starts from the address
 * as it is now, not from a render's copy, so quick successive changes never undo each other.
 * `push` for discrete changes (back steps through them), `replace` for continuous ones
 * (typing after the first key, panning the chart).
 */
export function useUpdateView(known: KnownValues) {
  return useCallback(
    (change: (view: ViewState) => ViewState, mode: HistoryMode) => {
      const current = parseViewState(new URLSearchParams(window.location.search), known);
      const base = defaultsFor(known);
      const query = serializeViewState(change(current), base);
      if (query === serializeViewState(current, base)) return;
      const url = `${window.location.pathname}${query ? `?${query}` : ""}`;
      if (mode === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
      announceViewUrlChange();
    },
    [known],
  );
}
