"use client";

import type { TimelineEntry } from "@/lib/view";
import { groupDigits, typeLabel } from "@/lib/format";
import { EventLink } from "@/components/EventLink";
import { Highlighted, MatchExcerpt } from "@/components/Highlighted";
import { TypeIcon } from "@/components/TypeIcon";

/** What a search found in an event: the matched words, and a passage excerpt when only a passage matched. */
export interface ListHighlight {
  terms: ReadonlySet<string>;
  excerpt: string | null;
}

interface Props {
  /** The events the filters let through. */
  entries: TimelineEntry[];
  /** How many there are without filters. */
  total: number;
  highlights: ReadonlyMap<string, ListHighlight>;
  /** Switches to the list view (a table that scrolls through any number of rows). */
  onShowAll: () => void;
}

/**
 * A list shows at most this many rows: thousands of rows in the page made every layout of a big
 * corpus slow (seconds on load, frames of 200 ms while panning), and 200 (2,000 elements, mounted in
 * one commit once the chart is drawn) still blocked a phone for a tenth of a second. Its box shows
 * about ten at a time; the list view shows them all.
 */
export const LIST_ROWS = 60;

function MoreRows({ shown, onShowAll }: { shown: number; onShowAll: () => void }) {
  if (shown <= LIST_ROWS) return null;
  return (
    <p className="mt-2 text-sm text-slate-700">
      The first {groupDigits(LIST_ROWS)} of {groupDigits(shown)}.{" "}
      <button type="button" onClick={onShowAll} className="font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950">
        Show all in the list view
      </button>
    </p>
  );
}

function Count({ shown, total }: { shown: number; total: number }) {
  return <span className="font-normal text-slate-600">({shown === total ? groupDigits(total) : `${groupDigits(shown)} of ${groupDigits(total)}`})</span>;
}

function Title({ entry, highlight }: { entry: TimelineEntry; highlight: ListHighlight | undefined }) {
  return (
    <>
      <span className="font-medium text-slate-900 group-hover:underline">
        <Highlighted text={entry.title} terms={highlight?.terms} />
      </span>
      {highlight?.excerpt && <MatchExcerpt excerpt={highlight.excerpt} terms={highlight.terms} className="mt-0.5 block" />}
    </>
  );
}

const linkClass =
  "group flex gap-3 rounded-md px-2 py-1.5 text-sm hover:bg-slate-100 aria-[current=true]:bg-blue-50 aria-[current=true]:ring-1 aria-[current=true]:ring-blue-300";

/** Every dated event in date order: the keyboard and screen-reader way into the timeline. */
export function DatedEventList({ entries, total, highlights, onShowAll }: Props) {
  return (
    <section aria-labelledby="all-events-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="all-events-heading" className="text-base font-semibold">
        All dated events <Count shown={entries.length} total={total} />
      </h2>
      {entries.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{total === 0 ? "No event could be dated." : "No dated event matches the filters."}</p>
      ) : (
        <ol className="mt-2 max-h-96 space-y-0.5 overflow-y-auto pr-1">
          {entries.slice(0, LIST_ROWS).map((e) => (
            <li key={e.id}>
              <EventLink eventId={e.id} className={linkClass}>
                <span className="w-28 flex-none tabular-nums text-slate-600">{e.dateShort}</span>
                <span className="min-w-0">
                  <Title entry={e} highlight={highlights.get(e.id)} />
                  <span className="mt-0.5 flex items-center gap-1.5 text-xs text-slate-600">
                    <TypeIcon type={e.type} className="h-3.5 w-3.5" />
                    {typeLabel(e.type)}
                    {e.status === "scheduled" && <span className="rounded border border-dashed border-violet-500 px-1 text-violet-800">scheduled</span>}
                  </span>
                </span>
              </EventLink>
            </li>
          ))}
        </ol>
      )}
      <MoreRows shown={entries.length} onShowAll={onShowAll} />
    </section>
  );
}

/** Events whose date could not be resolved: listed with the reason, never placed on the axis. */
export function UndatedEventList({ entries, total, highlights, onShowAll }: Props) {
  return (
    <section aria-labelledby="undated-heading" className="rounded-xl border border-amber-200 bg-amber-50/60 p-4 shadow-sm">
      <h2 id="undated-heading" className="text-base font-semibold">
        Undated <Count shown={entries.length} total={total} />
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        These events are reported, but their date could not be worked out from the text, so they are not on the timeline.
      </p>
      {entries.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{total === 0 ? "Every event has a date." : "No undated event matches the filters."}</p>
      ) : (
        <ul className="mt-2 max-h-96 space-y-1 overflow-y-auto pr-1">
          {entries.slice(0, LIST_ROWS).map((e) => (
            <li key={e.id}>
              <EventLink eventId={e.id} className={linkClass}>
                <TypeIcon type={e.type} className="mt-0.5" />
                <span className="min-w-0">
                  <Title entry={e} highlight={highlights.get(e.id)} />
                  <span className="mt-0.5 block text-xs text-slate-700">
                    Date unresolved
                    {e.unresolvedDate
                      ? `: “${e.unresolvedDate.expression}”. ${e.unresolvedDate.reason}`
                      : "."}
                  </span>
                </span>
              </EventLink>
            </li>
          ))}
        </ul>
      )}
      <MoreRows shown={entries.length} onShowAll={onShowAll} />
    </section>
  );
}
