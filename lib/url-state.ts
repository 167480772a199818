/**
 * The timeline's view as it lives in the query string: filters, search and the visible window
 * (the selected event is in the path, `/events/<id>/`). Addresses are typed, pasted and edited
 * by people, so parsing never throws: a value that does not make sense is dropped, not guessed at.
 * Serializing writes keys in one fixed order so the same view always has the same address.
 */
import type { EventStatus, EventType } from "@/lib/schema";
import { EVENT_STATUS_LIST as STATUSES, EVENT_TYPE_LIST as EVENT_TYPES } from "@/lib/event-kinds";

export interface ViewState {
  /** Full-text search over headlines and passages; "" for none. */
  q: string;
  types: EventType[];
  statuses: EventStatus[];
  /** Events involving any of these actors (none: any actor). */
  actors: string[];
  /** Events reported by any of these articles (none: any article). */
  sources: string[];
  /** Date range filter, inclusive days (YYYY-MM-DD). */
  from: string | null;
  to: string | null;
  /** The chart's visible window (YYYY-MM-DD); both or neither. */
  start: string | null;
  end: string | null;
  /** How the chart splits its rows: one lane per country, actor or event type, or none. */
  lanes: Lanes;
  /** How the events are shown: the chart (default, not written) or a table (`view=list`). */
  display: Display;
  /** The table's order (`sort=date`, `sort=-title`…); date ascending is the default and is not written. */
  sort: TableSort;
}

export const LANE_CHOICES = ["none", "country", "actor", "type"] as const;
export type Lanes = (typeof LANE_CHOICES)[number];

export const DISPLAYS = ["timeline", "list"] as const;
export type Display = (typeof DISPLAYS)[number];

/** The table's sortable columns, as they are written in the address. */
export const SORT_COLUMNS = ["date", "title", "type", "actor"] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export interface TableSort {
  by: SortColumn;
  descending: boolean;
}
export const DEFAULT_SORT: TableSort = { by: "date", descending: false };

export const EMPTY_VIEW: ViewState = {
  q: "", types: [], statuses: [], actors: [], sources: [], from: null, to: null, start: null, end: null,
  lanes: "none",
  display: "timeline",
  sort: DEFAULT_SORT,
};

/** Values the data actually has; when given, anything else in the address is ignored. */
export interface KnownValues {
  actors?: ReadonlySet<string>;
  sources?: ReadonlySet<string>;
}

const MAX_QUERY = 200;

/** A real calendar day written YYYY-MM-DD ("2022-02-30" is not one). */
export function isDay(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

interface ParamsLike {
  getAll(name: string): string[];
}

/** `type=CONSULT,THREATEN` and `type=CONSULT&type=THREATEN` both work; unknown values are dropped. */
function list<T extends string>(params: ParamsLike, name: string, allowed: readonly T[]): T[] {
  const values = params.getAll(name).flatMap((v) => v.split(",")).map((v) => v.trim());
  return allowed.filter((a) => values.includes(a));
}

/**
 * Names and ids may hold commas ("Korea, Republic of"), so these lists are repeated parameters
 * (`actor=A&actor=B`), kept in the order first given, without duplicates.
 */
function names(params: ParamsLike, name: string, known: ReadonlySet<string> | undefined): string[] {
  const values = params.getAll(name).map((v) => v.trim()).filter((v) => v && (!known || known.has(v)));
  return [...new Set(values)];
}

function day(params: ParamsLike, name: string): string | null {
  const value = params.getAll(name)[0]?.trim();
  return isDay(value) ? value : null;
}

export function parseViewState(params: ParamsLike, known: KnownValues = {}): ViewState {
  let from = day(params, "from");
  let to = day(params, "to");
  // A reversed range is still clearly a range: read it the right way round.
  if (from && to && from > to) [from, to] = [to, from];
  let start = day(params, "start");
  let end = day(params, "end");
  if (!start || !end || start >= end) start = end = null;
  return {
    q: (params.getAll("q")[0] ?? "").trim().slice(0, MAX_QUERY),
    types: list(params, "type", EVENT_TYPES),
    statuses: list(params, "status", STATUSES),
    actors: names(params, "actor", known.actors),
    sources: names(params, "source", known.sources),
    from,
    to,
    start,
    end,
    lanes: LANE_CHOICES.find((l) => l === params.getAll("lanes")[0]?.trim()) ?? "none",
    display: DISPLAYS.find((d) => d === params.getAll("view")[0]?.trim()) ?? "timeline",
    sort: tableSort(params.getAll("sort")[0]),
  };
}

/** `date`, `-date` (descending), `title`…; anything else is the default order. */
function tableSort(value: string | undefined): TableSort {
  const text = value?.trim() ?? "";
  const descending = text.startsWith("-");
  const by = SORT_COLUMNS.find((c) => c === (descending ? text.slice(1) : text));
  return by ? { by, descending } : DEFAULT_SORT;
}

/** The query string (without "?") for a view; "" when nothing is set. */
export function serializeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.q.trim()) params.set("q", view.q.trim());
  if (view.types.length) params.set("type", EVENT_TYPES.filter((t) => view.types.includes(t)).join(","));
  for (const actor of view.actors) params.append("actor", actor);
  if (view.statuses.length) params.set("status", STATUSES.filter((s) => view.statuses.includes(s)).join(","));
  for (const source of view.sources) params.append("source", source);
  if (view.from) params.set("from", view.from);
  if (view.to) params.set("to", view.to);
  if (view.start && view.end) {
    params.set("start", view.start);
    params.set("end", view.end);
  }
  if (view.lanes !== "none") params.set("lanes", view.lanes);
  if (view.display === "list") params.set("view", "list");
  if (view.sort.by !== DEFAULT_SORT.by || view.sort.descending !== DEFAULT_SORT.descending) {
    params.set("sort", `${view.sort.descending ? "-" : ""}${view.sort.by}`);
  }
  // Commas in a list are readable and safe in a query string; keep them unescaped.
  return params.toString().replace(/%2C/g, ",");
}

/** True when a filter or the search narrows the events (the window does not). */
export function hasFilters(view: ViewState): boolean {
  return Boolean(view.q || view.types.length || view.statuses.length || view.actors.length || view.sources.length || view.from || view.to);
}

/** The same view without filters or search, keeping how it is arranged: window, lanes, display and the table's order. */
export function clearFilters(view: ViewState): ViewState {
  return { ...EMPTY_VIEW, start: view.start, end: view.end, lanes: view.lanes, display: view.display, sort: view.sort };
}
