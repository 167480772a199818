/**
 * The compact index: what the browser needs of every event to draw, count, cluster and filter
 * them, in a few columns of small integers that compress well. Headlines, ids and passages are
 * not in it: they come in detail shards, loaded for what is on screen.
 *
 * Events are in time order (undated last, as compareEvents sorts them); an event is its position.
 * Columns (JSON arrays):
 *   start    day numbers, each as the difference from the previous dated event's (mostly 0 or 1)
 *   span     end − start in days (0 for a single day)
 *   kind     type × 20 + status × 5 + precision, one number per event (undated too)
 *   actors / articles / countries   a dictionary (most used first, so references are small) and,
 *            per event, its count followed by its references: [2, 0, 5, 1, 3, ...]
 * Decoded, the columns become typed arrays, and the references compressed-row arrays (offsets
 * and values), so filtering 100,000 events is a loop over numbers, not over objects.
 */
import type { EventStatus, EventType, Precision } from "@/lib/schema";
import { EVENT_STATUS_LIST, EVENT_TYPE_LIST } from "@/lib/event-kinds";
import { compareText } from "@/lib/format";

export const PRECISION_LIST: readonly Precision[] = ["day", "week", "month", "quarter", "year"];
const DAY = 86_400_000;

/** What the index keeps of one event. */
export interface IndexedEvent {
  date: { start: string; end: string; precision: Precision } | null;
  type: EventType;
  status: EventStatus;
  actors: readonly string[];
  articleIds: readonly string[];
  countries: readonly string[];
}

export interface EncodedIndex {
  v: 1;
  count: number;
  dated: number;
  start: number[];
  span: number[];
  kind: number[];
  actors: string[];
  actorRefs: number[];
  articles: string[];
  articleRefs: number[];
  countries: string[];
  countryRefs: number[];
}

/** A list per event, as offsets into one array of dictionary positions. */
export interface Refs {
  names: readonly string[];
  offsets: Uint32Array;
  values: Uint32Array;
}

export interface CompactIndex {
  count: number;
  dated: number;
  /** Day numbers (days since 1970-01-01) of each dated event's first and last day. */
  startDay: Int32Array;
  endDay: Int32Array;
  type: Uint8Array;
  status: Uint8Array;
  precision: Uint8Array;
  actors: Refs;
  articles: Refs;
  countries: Refs;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, by arithmetic (Hinnant's days_from_civil):
 * no Date to allocate or parse for each of 100,000 events, and right for years 0–99 too, which
 * Date.UTC would read as 1900–1999.
 */
export function civilDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The day number of a YYYY-MM-DD day. */
export function dayNumber(day: string): number {
  return civilDayNumber(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

export function dayString(dayNumber: number): string {
  return new Date(dayNumber * DAY).toISOString().slice(0, 10);
}

/** A dictionary in order of use (ties by name, so the output is deterministic), and each event's references into it. */
function dictionary(lists: ReadonlyArray<readonly string[]>): { names: string[]; refs: number[] } {
  const uses = new Map<string, number>();
  for (const list of lists) for (const name of list) uses.set(name, (uses.get(name) ?? 0) + 1);
  const names = [...uses].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([name]) => name);
  const position = new Map(names.map((name, i) => [name, i]));
  const refs: number[] = [];
  for (const list of lists) {
    const unique = [...new Set(list)];
    refs.push(unique.length, ...unique.map((name) => position.get(name)!));
  }
  return { names, refs };
}

/** Events must already be in time order, dated before undated. */
export function encodeIndex(events: readonly IndexedEvent[]): EncodedIndex {
  const dated = events.findIndex((e) => e.date === null);
  const datedCount = dated === -1 ? events.length : dated;
  if (events.slice(datedCount).some((e) => e.date !== null)) throw new Error("encodeIndex: dated events must come before undated ones");
  const start: number[] = [];
  const span: number[] = [];
  let previous = 0;
  for (const event of events.slice(0, datedCount)) {
    const first = dayNumber(event.date!.start);
    if (first < previous && start.length > 0) throw new Error("encodeIndex: events must be in time order");
    start.push(start.length === 0 ? first : first - previous);
    span.push(dayNumber(event.date!.end) - first);
    previous = first;
  }
  const kind = events.map((e) => EVENT_TYPE_LIST.indexOf(e.type) * 20 + EVENT_STATUS_LIST.indexOf(e.status) * 5 + (e.date ? PRECISION_LIST.indexOf(e.date.precision) : 0));
  const actors = dictionary(events.map((e) => e.actors));
  const articles = dictionary(events.map((e) => e.articleIds));
  const countries = dictionary(events.map((e) => e.countries));
  return {
    v: 1, count: events.length, dated: datedCount, start, span, kind,
    actors: actors.names, actorRefs: actors.refs,
    articles: articles.names, articleRefs: articles.refs,
    countries: countries.names, countryRefs: countries.refs,
  };
}

function decodeRefs(names: readonly string[], flat: readonly number[], count: number): Refs {
  const offsets = new Uint32Array(count + 1);
  const values = new Uint32Array(flat.length - count);
  let read = 0;
  let write = 0;
  for (let i = 0; i < count; i++) {
    const n = flat[read++] ?? 0;
    offsets[i] = write;
    for (let j = 0; j < n; j++) values[write++] = flat[read++] ?? 0;
  }
  offsets[count] = write;
  return { names, offsets, values };
}

export function decodeIndex(encoded: EncodedIndex): CompactIndex {
  if (encoded.v !== 1) throw new Error(`compact index version ${String(encoded.v)} is not supported`);
  const { count, dated } = encoded;
  const startDay = new Int32Array(dated);
  const endDay = new Int32Array(dated);
  let day = 0;
  for (let i = 0; i < dated; i++) {
    day = i === 0 ? encoded.start[0]! : day + encoded.start[i]!;
    startDay[i] = day;
    endDay[i] = day + encoded.span[i]!;
  }
  const type = new Uint8Array(count);
  const status = new Uint8Array(count);
  const precision = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const k = encoded.kind[i]!;
    type[i] = Math.floor(k / 20);
    status[i] = Math.floor((k % 20) / 5);
    precision[i] = k % 5;
  }
  return {
    count, dated, startDay, endDay, type, status, precision,
    actors: decodeRefs(encoded.actors, encoded.actorRefs, count),
    articles: decodeRefs(encoded.articles, encoded.articleRefs, count),
    countries: decodeRefs(encoded.countries, encoded.countryRefs, count),
  };
}

/** An event's names in one of the reference lists (e.g. its actors). */
export function namesOf(refs: Refs, event: number): string[] {
  const names: string[] = [];
  for (let k = refs.offsets[event]!; k < refs.offsets[event + 1]!; k++) names.push(refs.names[refs.values[k]!]!);
  return names;
}
