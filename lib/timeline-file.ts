/**
 * Every event's timeline entry as one static file (`/data/timeline.json`), for corpora too big to
 * put in every page's HTML: the compact index (lib/compact-index.ts) for dates, kinds and the
 * reference lists, plus each event's headline and id and, for undated events, why. An id is its
 * date and its headline's slug (pipeline/events/to-schema.ts baseEventId), so it is written as the
 * difference from what the date and headline give: "" when it is just that, a template with `*`
 * for the slug otherwise ("2021-w52-*-2"), the id itself when it has no such slug (an id kept from
 * an earlier wording by the id registry).
 * Decoded in the browser back into the same `TimelineEntry` objects the pages would have carried.
 */
import type { EventDate, UnresolvedDate } from "@/lib/schema";
import { EVENT_STATUS_LIST, EVENT_TYPE_LIST } from "@/lib/event-kinds";
import { decodeIndex, dayString, encodeIndex, namesOf, PRECISION_LIST, type EncodedIndex } from "@/lib/compact-index";
import { formatEventDateShort } from "@/lib/format";
import { slugify } from "@/lib/slug";
import type { TimelineEntry } from "@/lib/view";

export interface EncodedTimeline {
  v: 1;
  index: EncodedIndex;
  /** headline, id code, headline, id code, … in the index's order (see idCode). */
  events: string[];
  /** Why each undated event (the last ones) has no date, in order. */
  unresolved: Array<UnresolvedDate | null>;
}

/** Article ids and titles (/data/articles.json), for the source filter: loaded only when it is used. */
export type ArticleTitles = Array<[id: string, title: string]>;

export interface TimelineData {
  entries: TimelineEntry[];
  /** The articles; from the timeline file alone, the ones events quote, with titles still "" (see ArticleTitles). */
  articles: Array<{ id: string; title: string }>;
}

/** Entries must be in timeline order (chronological, undated last), as getTimelineEntries gives them. */
export function encodeTimeline(entries: readonly TimelineEntry[]): EncodedTimeline {
  return {
    v: 1,
    index: encodeIndex(entries.map((e) => ({ date: e.date, type: e.type, status: e.status, actors: e.actors, articleIds: e.articleIds, countries: e.countries }))),
    events: entries.flatMap((e) => [e.title, idCode(e.id, e.title, e.date)]),
    unresolved: entries.filter((e) => !e.date).map((e) => e.unresolvedDate ?? null),
  };
}

export function decodeTimeline(encoded: EncodedTimeline): TimelineData {
  const steps = decodeSteps(encoded, Infinity);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Resolves on a later turn of the event loop: a message, not a timer (nested timers are clamped to 4 ms). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * The same decoding in slices of about `sliceMs` each, giving the event loop a turn between them:
 * in the browser 100,000 entries take most of a second to decode, and one task that long would
 * freeze the page (a tap, a scroll, the loading message) and count whole as blocking time. 4 ms:
 * Lighthouse's mobile run counts a task four times as long as it took, and blocking from 50 ms.
 */
export async function decodeTimelineInSlices(encoded: EncodedTimeline, sliceMs = 4): Promise<TimelineData> {
  const steps = decodeSteps(encoded, sliceMs);
  let step = steps.next();
  while (!step.done) {
    await nextTurn();
    step = steps.next();
  }
  return step.value;
}

/** Decodes, yielding (a pause point, nothing more) whenever `sliceMs` have passed since the last one. */
function* decodeSteps(encoded: EncodedTimeline, sliceMs: number): Generator<void, TimelineData, void> {
  if (encoded.v !== 1) throw new Error(`timeline file version ${String(encoded.v)} is not supported`);
  const index = decodeIndex(encoded.index);
  // Many events share a day (a big corpus has tens of events a day, and a few thousand days): each
  // day's string and each date's label are made once, not once per event.
  const day = memo((n: number) => dayString(n));
  const label = memo((key: string) => {
    const [start, end, precision] = key.split("|") as [string, string, EventDate["precision"]];
    return formatEventDateShort({ start, end, precision });
  });
  const entries: TimelineEntry[] = [];
  let sliceStart = performance.now();
  for (let i = 0; i < index.count; i++) {
    // Every 64 entries: reading the clock is not free either.
    if ((i & 63) === 63 && performance.now() - sliceStart > sliceMs) {
      yield;
      sliceStart = performance.now();
    }
    const dated = i < index.dated;
    const date = dated ? { start: day(index.startDay[i]!), end: day(index.endDay[i]!), precision: PRECISION_LIST[index.precision[i]!]! } : null;
    entries.push({
      id: idFromCode(encoded.events[2 * i + 1]!, encoded.events[2 * i]!, date),
      title: encoded.events[2 * i]!,
      type: EVENT_TYPE_LIST[index.type[i]!]!,
      status: EVENT_STATUS_LIST[index.status[i]!]!,
      date,
      dateShort: date ? label(`${date.start}|${date.end}|${date.precision}`) : null,
      unresolvedDate: dated ? null : (encoded.unresolved[i - index.dated] ?? null),
      actors: namesOf(index.actors, i),
      articleIds: namesOf(index.articles, i),
      countries: namesOf(index.countries, i),
    });
  }
  return { entries, articles: index.articles.names.map((id) => ({ id, title: "" })) };
}

function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}

type Dated = Pick<EventDate, "start" | "precision"> | null;

/** The date part of an id, as the slug of the date's TIMEX value: "2022-01-03", "2021-12", "2021-w52", "2021-q4", "2022". */
function dateHead(date: Dated): string {
  if (!date) return "undated";
  const [year, month] = date.start.split("-");
  switch (date.precision) {
    case "day":
      return date.start;
    case "month":
      return `${year}-${month}`;
    case "year":
      return year!;
    case "quarter":
      return `${year}-q${Math.floor((Number(month) - 1) / 3) + 1}`;
    case "week":
      return isoWeek(date.start);
  }
}

/** "2021-w52": the ISO week (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-w${String(week).padStart(2, "0")}`;
}

/** The id as a code: "", a template with one `*` for the slug, or the id itself (after "=" when it could be read as one of those). */
export function idCode(id: string, title: string, date: Dated): string {
  const slug = slugify(title, 60);
  if (id === `${dateHead(date)}-${slug}`) return "";
  const plain = !id.includes("*") && !id.startsWith("=");
  const at = plain && slug ? id.indexOf(`-${slug}`) : -1;
  if (at !== -1) return `${id.slice(0, at + 1)}*${id.slice(at + 1 + slug.length)}`;
  return plain ? id : `=${id}`;
}

export function idFromCode(code: string, title: string, date: Dated): string {
  if (code.startsWith("=")) return code.slice(1);
  const slug = slugify(title, 60);
  if (code === "") return `${dateHead(date)}-${slug}`;
  return code.includes("*") ? code.replace("*", slug) : code;
}
