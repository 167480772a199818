"use client";

import type { Display } from "@/lib/url-state";

const OPTIONS: Array<{ display: Display; label: string }> = [
  { display: "timeline", label: "Timeline" },
  { display: "list", label: "List" },
];

/** Chart or table: two toggle buttons, the pressed one showing which is on screen. Not printed. */
export function DisplaySwitch({ display, onChange }: { display: Display; onChange: (display: Display) => void }) {
  return (
    <div role="group" aria-label="Show events as" className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 shadow-sm print:hidden">
      {OPTIONS.map((option) => (
        <button
          key={option.display}
          type="button"
          aria-pressed={display === option.display}
          onClick={() => onChange(option.display)}
          className="rounded px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 aria-pressed:bg-slate-800 aria-pressed:text-white aria-pressed:hover:bg-slate-800"
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
