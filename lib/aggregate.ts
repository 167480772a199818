/**
 * What the chart should mount for a window: the shown events themselves when they are few enough,
 * or else one count per stretch of time (a bucket), so the chart never holds more than a few
 * hundred elements whatever the corpus. Works on the compact index's typed arrays: a binary search
 * finds the window, then one pass over the events in it.
 */
import type { CompactIndex } from "@/lib/compact-index";

/** What the window needs of an index: the dated events' first and last days, in start order. */
export type DayColumns = Pick<CompactIndex, "dated" | "startDay" | "endDay">;

/**
 * The lanes each event is drawn in (compressed rows: event i's lanes are values[offsets[i]] up to
 * values[offsets[i + 1]]), when the chart has lanes: an event in two lanes is two items there.
 */
export interface LaneRefs {
  offsets: Uint32Array;
  values: Uint32Array;
}

export interface Bucket {
  /** First and last day (day numbers) of the stretch. */
  startDay: number;
  endDay: number;
  count: number;
  /** The lane it counts (an index into the caller's lanes), or -1 when the chart has none. */
  lane: number;
  /** Positions of up to `sample` of its events, for a preview. */
  sample: number[];
}

export type WindowContent = { kind: "events"; events: number[] } | { kind: "buckets"; buckets: Bucket[]; total: number };

/** The first position whose start day is > day (dated events are in start order). */
function upperBound(startDay: Int32Array, day: number): number {
  let low = 0;
  let high = startDay.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (startDay[mid]! <= day) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The longest span in days, found once per index: how far before a window an overlapping event can start. */
export function longestSpan(index: DayColumns): number {
  let longest = 0;
  for (let i = 0; i < index.dated; i++) longest = Math.max(longest, index.endDay[i]! - index.startDay[i]!);
  return longest;
}

/**
 * The shown events overlapping [fromDay, toDay], or buckets of them when there are more than `maxEvents`.
 * `shown[i]` is 1 for an event that passes the filters. `bucketDays` is the stretch of one bucket
 * (the caller picks it from the window's width in pixels). With `lanes`, `maxEvents` counts items
 * (an event in two lanes counts twice) and each lane gets its own buckets.
 */
export function windowContent(index: DayColumns, shown: Uint8Array, fromDay: number, toDay: number, options: { maxEvents: number; bucketDays: number; longest: number; sample?: number; lanes?: LaneRefs }): WindowContent {
  const { lanes } = options;
  const first = upperBound(index.startDay, fromDay - options.longest - 1);
  const last = upperBound(index.startDay, toDay);
  const inWindow: number[] = [];
  let items = 0;
  for (let i = first; i < last; i++) {
    if (shown[i] && index.endDay[i]! >= fromDay) {
      inWindow.push(i);
      items += lanes ? lanes.offsets[i + 1]! - lanes.offsets[i]! : 1;
    }
  }
  if (items <= options.maxEvents) return { kind: "events", events: inWindow };
  const size = Math.max(1, Math.round(options.bucketDays));
  const sample = options.sample ?? 3;
  const buckets = new Map<number, Bucket>();
  const add = (i: number, stretch: number, lane: number) => {
    // One number per (stretch, lane): a string key would cost an allocation per event.
    const key = stretch * 65_536 + lane + 1;
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { startDay: stretch * size, endDay: stretch * size + size - 1, count: 0, lane, sample: [] }));
    bucket.count++;
    if (bucket.sample.length < sample) bucket.sample.push(i);
  };
  for (const i of inWindow) {
    // An event belongs to the bucket of its first day inside the window.
    const stretch = Math.floor(Math.max(index.startDay[i]!, fromDay) / size);
    if (!lanes) add(i, stretch, -1);
    else for (let k = lanes.offsets[i]!; k < lanes.offsets[i + 1]!; k++) add(i, stretch, lanes.values[k]!);
  }
  return { kind: "buckets", buckets: [...buckets.values()].sort((a, b) => a.startDay - b.startDay || a.lane - b.lane), total: inWindow.length };
}
