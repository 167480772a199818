"use client";

/**
 * "Download": the events in view (filters, search and lanes as applied) as CSV, iCalendar, TimelineJS
 * or PLOVER, built in the browser by the same exporters as `npm run extract` (lib/exports), plus links
 * to the whole collection's files. A disclosure: a button that shows and hides a panel of buttons, all
 * reachable by Tab, closed by Escape (focus back on the button) or a click elsewhere.
 * The exporters and the data they need load only when a file is asked for (components/download-view.ts).
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Lanes } from "@/lib/url-state";
import type { TimelineEntry } from "@/lib/view";
import { EXPORT_FILES, inPlover, wholeExportName, type ExportFormat } from "@/lib/exports/formats";
import { wholeExportPath } from "@/lib/data-files";
import { plural } from "@/lib/format";

interface Choice {
  format: ExportFormat;
  label: string;
  /** What it holds, given the counts of the events shown. */
  holds: (counts: Counts) => string;
}

interface Counts {
  all: number;
  dated: number;
  coded: number;
}

const CHOICES: Choice[] = [
  { format: "csv", label: "CSV spreadsheet", holds: (c) => `${plural(c.all, "row")}, one per event` },
  { format: "ics", label: "Calendar (iCalendar .ics)", holds: (c) => `${plural(c.dated, "dated event")}, all-day` },
  { format: "timelinejs", label: "TimelineJS JSON", holds: (c) => `${plural(c.dated, "slide")}, lanes as groups` },
  { format: "plover", label: "PLOVER JSON Lines", holds: (c) => `${plural(c.coded, "record")}: dated events of PLOVER types` },
];

const button =
  "shrink-0 whitespace-nowrap rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60";

interface Props {
  /** The events shown, in the view's order. */
  shown: readonly TimelineEntry[];
  /** Every event (the shards are found from their number). */
  all: readonly TimelineEntry[];
  lanes: Lanes;
  /** False until the events have loaded. */
  ready: boolean;
}

export function DownloadMenu({ shown, all, lanes, ready }: Props) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [message, setMessage] = useState("");
  const toggleRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const panelId = `${id}-panel`;
  const counts = useMemo<Counts>(
    () => ({ all: shown.length, dated: shown.filter((e) => e.date).length, coded: shown.filter(inPlover).length }),
    [shown],
  );

  // A click or a tap anywhere else closes the panel, as a menu would.
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", away);
    return () => document.removeEventListener("pointerdown", away);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== "Escape" || !open) return;
    // Handled here: the timeline's own Escape (closing the event panel) must not run too.
    e.preventDefault();
    setOpen(false);
    toggleRef.current?.focus();
  };

  async function download(choice: Choice) {
    setBusy(choice.format);
    const name = EXPORT_FILES[choice.format].file;
    setMessage(`Preparing ${name}…`);
    try {
      const { buildViewExport, saveFile } = await import("@/components/download-view");
      const file = await buildViewExport(choice.format, { shown, all, lanes });
      saveFile(file);
      setMessage(`${file.name}: ${choice.holds(counts)}.`);
    } catch {
      setMessage(`${name} could not be made: check the connection and try again.`);
    } finally {
      setBusy(null);
    }
  }

  return (
    // Not positioned itself: the panel opens under the toolbar row it sits in (the row is `relative`),
    // aligned to the row's right edge, so it never runs off a phone's screen whatever the button's place.
    <div ref={rootRef} className="print:hidden" onKeyDown={onKeyDown}>
      <button
        ref={toggleRef}
        type="button"
        className={button}
        aria-expanded={open}
        aria-controls={panelId}
        disabled={!ready}
        onClick={() => setOpen((o) => !o)}
      >
        Download
      </button>
      <div
        id={panelId}
        role="group"
        aria-label="Download the events shown"
        hidden={!open}
        className="absolute right-0 top-full z-30 mt-1 w-[min(24rem,100%)] rounded-lg border border-slate-300 bg-white p-3 text-sm text-slate-800 shadow-lg"
      >
        <p className="mb-2 font-medium">The {plural(counts.all, "event")} shown, as:</p>
        <ul className="space-y-1.5">
          {CHOICES.map((choice) => (
            <li key={choice.format} className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
              <button type="button" className={button} disabled={busy !== null} aria-describedby={`${id}-${choice.format}`} onClick={() => void download(choice)}>
                {choice.label}
              </button>
              <span id={`${id}-${choice.format}`} className="text-xs text-slate-600">
                {choice.holds(counts)}
              </span>
            </li>
          ))}
        </ul>
        <p className="mt-3 border-t border-slate-200 pt-2 text-xs text-slate-600">
          Every event, as built:{" "}
          {CHOICES.map((choice, i) => {
            const name = wholeExportName(EXPORT_FILES[choice.format].file, all.length);
            return (
              <span key={choice.format}>
                {i > 0 && " · "}
                <a className="text-blue-800 underline" href={wholeExportPath(name)} download={name}>
                  {name}
                </a>
              </span>
            );
          })}
        </p>
        <p role="status" className="mt-2 min-h-[1.25rem] text-xs text-slate-700">
          {message}
        </p>
      </div>
    </div>
  );
}
