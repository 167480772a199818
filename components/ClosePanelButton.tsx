"use client";

import { useSelection } from "@/components/SelectionContext";

/** Closes the panel: back to `/`, focus back on the timeline. */
export function ClosePanelButton() {
  const { select } = useSelection();
  return (
    <button
      type="button"
      onClick={() => select(null, "timeline")}
      aria-label="Close event details"
      className="-mr-1 -mt-1 rounded-md p-1.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M5 5l10 10M15 5L5 15" />
      </svg>
    </button>
  );
}
