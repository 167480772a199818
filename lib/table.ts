/**
 * The list view's pure parts: the table's orders, and the arithmetic of moving the active row
 * with the keyboard and keeping it rendered while only a window of rows is in the page.
 * (The window itself is computed by @tanstack/react-virtual; these are the pieces around it.)
 */
import type { TimelineEntry } from "@/lib/view";
import type { SortColumn, TableSort } from "@/lib/url-state";
import { typeLabel } from "@/lib/format";

// One fixed locale: the order must not depend on the reader's browser settings. `numeric` puts "G7" before "G20".
const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** What a column sorts on; null for "nothing to sort on" (undated, no actor), always placed last. */
function keyOf(entry: TimelineEntry, by: SortColumn): string | null {
  switch (by) {
    case "date":
      // ISO days compare as strings; a longer span starting the same day comes after the shorter one.
      return entry.date ? `${entry.date.start}/${entry.date.end}` : null;
    case "title":
      return entry.title;
    case "type":
      return typeLabel(entry.type);
    case "actor":
      return entry.actors[0] ?? null;
  }
}

function compareKeys(a: string | null, b: string | null, by: SortColumn, descending: boolean): number {
  // Missing keys go last in both directions: reversing the order must not bring the undated to the top.
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order = by === "date" ? (a < b ? -1 : a > b ? 1 : 0) : collator.compare(a, b);
  return descending ? -order : order;
}

/**
 * The entries in the table's order: by the column (missing values last), then, for equal values,
 * by date ascending, then by headline and id, so the order is the same on every render and rebuild.
 */
export function sortEntries(entries: readonly TimelineEntry[], sort: TableSort): TimelineEntry[] {
  const keyed = entries.map((entry) => ({ entry, key: keyOf(entry, sort.by), date: keyOf(entry, "date") }));
  keyed.sort(
    (a, b) =>
      compareKeys(a.key, b.key, sort.by, sort.descending) ||
      (sort.by === "date" ? 0 : compareKeys(a.date, b.date, "date", false)) ||
      collator.compare(a.entry.title, b.entry.title) ||
      (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0),
  );
  return keyed.map((k) => k.entry);
}

/** The order a column header's button asks for: the other direction of the current column, else ascending. */
export function nextSort(current: TableSort, column: SortColumn): TableSort {
  return current.by === column ? { by: column, descending: !current.descending } : { by: column, descending: false };
}

/**
 * The row a key moves the active row to (0-based), or null when the key does not move rows.
 * Page Up/Down move by a screenful (`pageRows`, at least one row); nothing wraps around.
 */
export function rowAfterKey(key: string, current: number, count: number, pageRows: number): number | null {
  if (count <= 0) return null;
  const page = Number.isFinite(pageRows) ? Math.max(1, Math.floor(pageRows)) : 1;
  const from = Math.min(Math.max(current, 0), count - 1);
  const clamp = (i: number) => Math.min(Math.max(i, 0), count - 1);
  switch (key) {
    case "ArrowDown":
      return clamp(current < 0 ? 0 : from + 1);
    case "ArrowUp":
      return clamp(from - 1);
    case "PageDown":
      return clamp(from + page);
    case "PageUp":
      return clamp(from - page);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}

/** How many whole rows fit in the scroll box under its sticky header. */
export function rowsPerPage(boxHeight: number, headerHeight: number, rowHeight: number): number {
  if (!(rowHeight > 0)) return 1;
  return Math.max(1, Math.floor((boxHeight - headerHeight) / rowHeight));
}

/**
 * The rendered rows plus the active one. The active row holds keyboard focus (or the table's one
 * tab stop): if scrolling dropped it from the page, focus would fall back to the document body, so it
 * stays rendered wherever it is. Indexes stay sorted and unique, as the virtualizer expects.
 */
export function withActiveRow(indexes: readonly number[], active: number | null, count: number): number[] {
  if (active === null || active < 0 || active >= count || indexes.includes(active)) return [...indexes];
  return [...indexes, active].sort((a, b) => a - b);
}
