"use client";

/**
 * The list view: the shown events as a sortable table. Loaded only in the browser (through
 * next/dynamic from TimelineShell), like the chart it replaces.
 *
 * Virtualized with @tanstack/react-virtual: only the rows in the scroll box (plus a few either
 * side) are in the page, all of one fixed height, so 10,000 events scroll as smoothly as ten.
 * Assistive technology still learns the whole size: the grid has aria-rowcount (rows + the header)
 * and each rendered row its aria-rowindex.
 *
 * Keyboard: one tab stop, the active row (roving tabindex). Up/Down/Page Up/Page Down/Home/End
 * move it, scrolling it into view; Enter opens the event. The active row is always rendered,
 * even when scrolled far away, so the element holding focus is never recycled from under it.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from "react";
import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import type { TimelineEntry } from "@/lib/view";
import type { SortColumn, TableSort } from "@/lib/url-state";
import { nextSort, rowAfterKey, rowsPerPage, sortEntries, withActiveRow } from "@/lib/table";
import type { ListHighlight } from "@/components/EventLists";
import { useSelection } from "@/components/SelectionContext";
import { EventRow, HEADER_HEIGHT, HeaderRow, ROW_HEIGHT, ROWGROUP_WIDTH } from "@/components/EventTableRow";
import { usePrinting } from "@/components/EventTablePrinting";
import { KeyHint, type KeyList } from "@/components/KeyHint";

/** Rows rendered beyond each edge of the box, so a fast scroll does not show blank space first. */
const OVERSCAN = 8;

const TABLE_KEYS: KeyList = [
  [["↑", "↓"], "previous / next"],
  [["Page Up", "Page Down"], "a screenful"],
  [["Home", "End"], "first / last"],
  [["Enter"], "open details"],
  [["Esc"], "close"],
];

interface Props {
  /** The events the filters let through, in any order. */
  entries: TimelineEntry[];
  sort: TableSort;
  onSort: (sort: TableSort) => void;
  highlights: ReadonlyMap<string, ListHighlight>;
}

export default function EventTable({ entries, sort, onSort, highlights }: Props) {
  const { selectedId, select, query } = useSelection();
  const rows = useMemo(() => sortEntries(entries, sort), [entries, sort]);
  const positions = useMemo(() => new Map(rows.map((e, i) => [e.id, i])), [rows]);
  const printing = usePrinting();
  const scrollRef = useRef<HTMLDivElement>(null);

  // The active row follows the selection made elsewhere (chart, panel links, back/forward).
  const [activeId, setActiveId] = useState<string | null>(selectedId);
  const [followedId, setFollowedId] = useState(selectedId);
  if (followedId !== selectedId) {
    setFollowedId(selectedId);
    if (selectedId) setActiveId(selectedId);
  }
  const activeIndex = rows.length === 0 ? -1 : ((activeId !== null ? positions.get(activeId) : undefined) ?? 0);

  const rangeExtractor = useCallback((range: Range) => withActiveRow(defaultRangeExtractor(range), activeIndex, range.count), [activeIndex]);
  // The React Compiler is not enabled in this project, so nothing memoizes the virtualizer's results.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: OVERSCAN,
    rangeExtractor,
    // The sticky header sits above the rows inside the same scroll box: rows start below it, and a
    // row scrolled to is placed below it rather than under it.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    // On paper every row is rendered and the box does not scroll: nothing to window, nothing to observe.
    enabled: !printing,
  });

  // Bring the selected event's row into view: on arrival, when it changes, and when the rows are re-sorted or filtered.
  const selectedIndex = selectedId === null ? undefined : positions.get(selectedId);
  useEffect(() => {
    if (selectedIndex !== undefined && !printing) virtualizer.scrollToIndex(selectedIndex);
  }, [selectedIndex, virtualizer, printing]);

  // A key moved the active row: scroll to it, then focus it (it is rendered by now: see rangeExtractor).
  const [focusRequest, setFocusRequest] = useState(0);
  const focusHandled = useRef(0);
  useEffect(() => {
    if (focusRequest === focusHandled.current) return;
    focusHandled.current = focusRequest;
    const index = positions.get(activeId ?? "");
    if (index === undefined) return;
    virtualizer.scrollToIndex(index);
    scrollRef.current?.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`)?.focus({ preventScroll: true });
  }, [focusRequest, activeId, positions, virtualizer]);

  const open = useCallback(
    (index: number) => {
      const entry = rows[index];
      if (!entry) return;
      setActiveId(entry.id);
      if (entry.id === selectedId) document.getElementById("event-heading")?.focus();
      else select(entry.id, "panel");
    },
    [rows, selectedId, select],
  );
  const onFocusRow = useCallback((index: number) => setActiveId(rows[index]?.id ?? null), [rows]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const row = (e.target as HTMLElement).closest<HTMLElement>('[role="row"][data-index]');
    // The header's sort buttons keep their own keys.
    if (!row || e.altKey || e.ctrlKey || e.metaKey) return;
    const index = Number(row.dataset.index);
    if (e.key === "Enter") {
      e.preventDefault();
      open(index);
      return;
    }
    const page = rowsPerPage(scrollRef.current?.clientHeight ?? 0, HEADER_HEIGHT, ROW_HEIGHT);
    const next = rowAfterKey(e.key, index, rows.length, page);
    if (next !== null) {
      e.preventDefault();
      setActiveId(rows[next]?.id ?? null);
      setFocusRequest((n) => n + 1);
    }
  }

  const onSortColumn = useCallback((column: SortColumn) => onSort(nextSort(sort, column)), [onSort, sort]);

  const renderRow = (entry: TimelineEntry, index: number, style: CSSProperties | undefined) => (
    <EventRow
      key={entry.id}
      entry={entry}
      index={index}
      active={index === activeIndex}
      selected={entry.id === selectedId}
      highlight={highlights.get(entry.id)}
      query={query}
      style={style}
      onOpen={open}
      onFocusRow={onFocusRow}
    />
  );

  return (
    <div>
      <div
        ref={scrollRef}
        role="grid"
        aria-label="Events"
        aria-rowcount={rows.length + 1}
        aria-describedby="table-keys"
        onKeyDown={onKeyDown}
        className="max-h-[min(70vh,40rem)] overflow-auto rounded-lg border border-slate-200 bg-white print:max-h-none print:overflow-visible print:border-0"
      >
        <div
          role="rowgroup"
          style={{ height: HEADER_HEIGHT }}
          className={`${ROWGROUP_WIDTH} sticky top-0 z-10 border-b border-slate-300 bg-slate-100 print:static print:bg-white`}
        >
          <HeaderRow sort={sort} onSort={onSortColumn} />
        </div>
        {printing ? (
          <div role="rowgroup" className={ROWGROUP_WIDTH}>
            {rows.map((entry, index) => renderRow(entry, index, undefined))}
          </div>
        ) : (
          <div role="rowgroup" className={`${ROWGROUP_WIDTH} relative`} style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const entry = rows[item.index];
              if (!entry) return null;
              return renderRow(entry, item.index, {
                position: "absolute",
                top: 0,
                left: 0,
                width: "100%",
                height: item.size,
                transform: `translateY(${item.start - HEADER_HEIGHT}px)`,
              });
            })}
          </div>
        )}
      </div>
      {rows.length === 0 && <p className="mt-2 text-sm text-slate-600">No event matches the filters.</p>}
      <KeyHint id="table-keys" intro="Keys, with focus on a row of the table:" keys={TABLE_KEYS} className="print:hidden" />
    </div>
  );
}
