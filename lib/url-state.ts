/**
 * The timeline's view as it lives in the query string: filters, search and the visible window
 * (the selected event is in the path, `/events/<id>/`). Addresses are typed, pasted and edited
 * by people, so parsing never throws: a value that does not make sense is dropped, not guessed at.
 * Serializing writes keys in one fixed order so the same view always has the same address.
 *
 * What the address does not say is the site's default view (timeline.config.json's `defaults`;
 * without one, everything shown, no lanes): each key on its own, so `?lanes=actor` keeps the default
 * filters. A view that differs from a default writes that key, even empty (`type=` shows every type
 * where the default is some), so an address always means the same view on the same site.
 */
import type { EventStatus, EventType } from "@/lib/schema";
import type { ViewDefaults } from "@/lib/site-config";
import { EVENT_STATUS_LIST as STATUSES, EVENT_TYPE_LIST as EVENT_TYPES } from "@/lib/event-kinds";
import { VIEW_DEFAULTS } from "@/lib/site-settings";

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

const MAX_QUERY = 200;

export const EMPTY_VIEW: ViewState = {
  q: "", types: [], statuses: [], actors: [], sources: [], from: null, to: null, start: null, end: null,
  lanes: "none",
  display: "timeline",
  sort: DEFAULT_SORT,
};

/** The default view: EMPTY_VIEW with a config's `defaults` over it (values it does not allow are left out). */
export function viewWithDefaults(defaults: ViewDefaults): ViewState {
  const sort = defaults.sort ? tableSort(defaults.sort) : DEFAULT_SORT;
  return {
    ...EMPTY_VIEW,
    q: (defaults.q ?? "").trim().slice(0, MAX_QUERY),
    types: EVENT_TYPES.filter((t) => defaults.types?.includes(t)),
    statuses: STATUSES.filter((s) => defaults.statuses?.includes(s)),
    actors: [...new Set(defaults.actors ?? [])],
    sources: [...new Set(defaults.sources ?? [])],
    from: isDay(defaults.from) ? defaults.from : null,
    to: isDay(defaults.to) ? defaults.to : null,
    lanes: LANE_CHOICES.find((l) => l === defaults.lanes) ?? "none",
    display: DISPLAYS.find((d) => d === defaults.view) ?? "timeline",
    sort,
  };
}

/** The site's default view, as configured (EMPTY_VIEW without a config). */
export const DEFAULT_VIEW: ViewState = viewWithDefaults(VIEW_DEFAULTS);

/** Values the data actually has; when given, anything else in the address is ignored. */
export interface KnownValues {
  actors?: ReadonlySet<string>;
  sources?: ReadonlySet<string>;
}


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

/**
 * The default view as the data allows it: its actors and sources held to the known values. Reading
 * and writing an address both start from it, so a configured actor the data lacks is no difference
 * to write (else every address would carry the defaults that are left).
 */
export function defaultsFor(known: KnownValues, base: ViewState = DEFAULT_VIEW): ViewState {
  const knownOnly = (values: string[], allowed: ReadonlySet<string> | undefined) => (allowed ? values.filter((v) => allowed.has(v)) : values);
  return { ...base, actors: knownOnly(base.actors, known.actors), sources: knownOnly(base.sources, known.sources) };
}

/**
 * The view an address gives: each key it has, read; each key it lacks, from `base` (the site's
 * default view) as the known values allow it (defaultsFor).
 */
export function parseViewState(params: ParamsLike, known: KnownValues = {}, defaults: ViewState = DEFAULT_VIEW): ViewState {
  const has = (name: string) => params.getAll(name).length > 0;
  const base = defaultsFor(known, defaults);
  let from = has("from") ? day(params, "from") : base.from;
  let to = has("to") ? day(params, "to") : base.to;
  // A reversed range is still clearly a range: read it the right way round.
  if (from && to && from > to) [from, to] = [to, from];
  let start = day(params, "start");
  let end = day(params, "end");
  if (!start || !end || start >= end) start = end = null;
  return {
    q: has("q") ? (params.getAll("q")[0] ?? "").trim().slice(0, MAX_QUERY) : base.q,
    types: has("type") ? list(params, "type", EVENT_TYPES) : base.types,
    statuses: has("status") ? list(params, "status", STATUSES) : base.statuses,
    actors: has("actor") ? names(params, "actor", known.actors) : base.actors,
    sources: has("source") ? names(params, "source", known.sources) : base.sources,
    from,
    to,
    start,
    end,
    lanes: LANE_CHOICES.find((l) => l === params.getAll("lanes")[0]?.trim()) ?? base.lanes,
    display: DISPLAYS.find((d) => d === params.getAll("view")[0]?.trim()) ?? base.display,
    sort: tableSort(params.getAll("sort")[0], base.sort),
  };
}

/** `date`, `-date` (descending), `title`…; anything else is the default order. */
function tableSort(value: string | undefined, fallback: TableSort = DEFAULT_SORT): TableSort {
  const text = value?.trim() ?? "";
  const descending = text.startsWith("-");
  const by = SORT_COLUMNS.find((c) => c === (descending ? text.slice(1) : text));
  return by ? { by, descending } : fallback;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** The query string (without "?") for a view: the keys where it differs from `base` (defaultsFor the known values, where they are known); "" when none. */
export function serializeViewState(view: ViewState, base: ViewState = DEFAULT_VIEW): string {
  const params = new URLSearchParams();
  const q = view.q.trim();
  if (q !== base.q) params.set("q", q);
  const types = EVENT_TYPES.filter((t) => view.types.includes(t));
  if (!sameList(types, base.types)) params.set("type", types.join(","));
  // An empty list where the default has names is written `actor=` (read as: none).
  const repeated = (name: string, values: string[], fallback: string[]) => {
    if (sameList(values, fallback)) return;
    if (values.length === 0) params.set(name, "");
    for (const value of values) params.append(name, value);
  };
  repeated("actor", view.actors, base.actors);
  const statuses = STATUSES.filter((s) => view.statuses.includes(s));
  if (!sameList(statuses, base.statuses)) params.set("status", statuses.join(","));
  repeated("source", view.sources, base.sources);
  if (view.from !== base.from) params.set("from", view.from ?? "");
  if (view.to !== base.to) params.set("to", view.to ?? "");
  if (view.start && view.end) {
    params.set("start", view.start);
    params.set("end", view.end);
  }
  if (view.lanes !== base.lanes) params.set("lanes", view.lanes);
  if (view.display !== base.display) params.set("view", view.display);
  if (view.sort.by !== base.sort.by || view.sort.descending !== base.sort.descending) {
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
