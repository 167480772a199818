"use client";

import type { CSSProperties, MouseEvent } from "react";
import type { TimelineEntry } from "@/lib/view";
import type { SortColumn, TableSort } from "@/lib/url-state";
import { typeLabel } from "@/lib/format";
import { eventPath } from "@/lib/passages";
import { withQuery } from "@/lib/base-path";
import type { ListHighlight } from "@/components/EventLists";
import { Highlighted, MatchExcerpt } from "@/components/Highlighted";
import { TypeIcon } from "@/components/TypeIcon";
import { StatusBadge } from "@/components/StatusBadge";

/**
 * Every row is this tall on screen, whatever it holds: the virtualizer places rows by
 * index × height, so 10,000 rows scroll without measuring any of them. Longer text is clamped
 * (the panel has it in full); printed rows grow to fit instead.
 */
export const ROW_HEIGHT = 56;
export const HEADER_HEIGHT = 40;

/** One column template for the header and every row, so they line up; narrower on paper. */
const COLUMNS =
  "grid grid-cols-[6.5rem_minmax(11rem,1fr)_7rem_minmax(8rem,11rem)_4.5rem_6.5rem] print:grid-cols-[5.5rem_1fr_6rem_9rem_4.5rem_6rem]";
/** A phone scrolls the table sideways inside its box rather than squeezing six columns into 360px. */
export const ROWGROUP_WIDTH = "min-w-[44rem] print:min-w-0";
const cellBox = "flex min-w-0 px-2 print:py-1";
const cell = `${cellBox} items-center print:items-start`;

const COLUMN_LABELS: Array<{ label: string; column: SortColumn | null }> = [
  { label: "Date", column: "date" },
  { label: "Event", column: "title" },
  { label: "Type", column: "type" },
  { label: "Actors", column: "actor" },
  { label: "Sources", column: null },
  { label: "Status", column: null },
];

function SortArrow({ sorted, descending }: { sorted: boolean; descending: boolean }) {
  return (
    <span aria-hidden="true" className={`text-xs ${sorted ? "text-slate-900" : "text-slate-400"} print:hidden`}>
      {sorted ? (descending ? "▼" : "▲") : "↕"}
    </span>
  );
}

/** The column names; the sortable ones are buttons, and the sorted one says so with aria-sort. */
export function HeaderRow({ sort, onSort }: { sort: TableSort; onSort: (column: SortColumn) => void }) {
  return (
    <div role="row" aria-rowindex={1} className={`${COLUMNS} h-full`}>
      {COLUMN_LABELS.map(({ label, column }) => {
        const sorted = column !== null && sort.by === column;
        return (
          <div
            key={label}
            role="columnheader"
            aria-sort={sorted ? (sort.descending ? "descending" : "ascending") : undefined}
            className={`${cell} text-xs font-semibold uppercase tracking-wide text-slate-700`}
          >
            {column ? (
              <button
                type="button"
                onClick={() => onSort(column)}
                className="-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 uppercase hover:bg-slate-200"
              >
                {label}
                <SortArrow sorted={sorted} descending={sort.descending} />
              </button>
            ) : (
              label
            )}
          </div>
        );
      })}
    </div>
  );
}

interface RowProps {
  entry: TimelineEntry;
  /** 0-based position in the sorted rows. */
  index: number;
  /** The row that holds the table's tab stop (and focus, when the table has it). */
  active: boolean;
  selected: boolean;
  highlight: ListHighlight | undefined;
  /** The view's query, kept on the headline's link like on every other link to an event. */
  query: string;
  /** Absolute position on screen; none when printing (rows flow, every one of them). */
  style: CSSProperties | undefined;
  onOpen: (index: number) => void;
  onFocusRow: (index: number) => void;
}

/**
 * One event. The row is the focusable thing (Up/Down move between rows, Enter opens); its
 * headline is also a real link, taken out of the tab order, so it can be opened in a new tab.
 */
export function EventRow({ entry, index, active, selected, highlight, query, style, onOpen, onFocusRow }: RowProps) {
  const onLinkClick = (e: MouseEvent<HTMLAnchorElement>) => {
    // A new tab or window is the browser's business; a plain click is the row's.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) e.stopPropagation();
    else e.preventDefault();
  };
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-index={index}
      tabIndex={active ? 0 : -1}
      style={style}
      onClick={() => onOpen(index)}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onFocusRow(index);
      }}
      className={`${COLUMNS} cursor-pointer border-b border-slate-100 text-sm hover:bg-slate-50 focus-visible:outline-offset-[-3px] aria-selected:bg-blue-50 aria-selected:shadow-[inset_4px_0_0_#1d4ed8] print:break-inside-avoid print:shadow-none`}
    >
      <div role="gridcell" className={`${cell} tabular-nums text-slate-700`}>
        {entry.dateShort ?? <span className="text-amber-900">Undated</span>}
      </div>
      <div role="gridcell" className={`${cellBox} flex-col justify-center print:justify-start`}>
        <a
          href={withQuery(eventPath(entry.id), query)}
          tabIndex={-1}
          onClick={onLinkClick}
          className={`font-medium text-slate-900 hover:underline ${highlight?.excerpt ? "line-clamp-1" : "line-clamp-2"} print:line-clamp-none`}
        >
          <Highlighted text={entry.title} terms={highlight?.terms} />
        </a>
        {highlight?.excerpt && <MatchExcerpt excerpt={highlight.excerpt} terms={highlight.terms} className="line-clamp-1 print:line-clamp-none" />}
      </div>
      <div role="gridcell" className={`${cell} gap-1.5 text-slate-800`}>
        <TypeIcon type={entry.type} className="h-3.5 w-3.5" />
        {typeLabel(entry.type)}
      </div>
      <div role="gridcell" className={`${cell} text-slate-800`}>
        <span className="line-clamp-2 print:line-clamp-none">{entry.actors.length ? entry.actors.join(", ") : <span className="text-slate-600">None named</span>}</span>
      </div>
      <div role="gridcell" className={`${cell} tabular-nums text-slate-800`}>
        {entry.articleIds.length}
      </div>
      <div role="gridcell" className={cell}>
        <StatusBadge status={entry.status} />
      </div>
    </div>
  );
}
