/**
 * What the chart should mount for a window: the shown events themselves when they are few enough,
 * or else one count per stretch of time (a bucket), so the chart never holds more than a few
 * hundred elements whatever the corpus. Works on the compact index's typed arrays: a binary search
 * finds the window, then one pass over the events in it.
 */
import type { CompactIndex } from "@/lib/compact-index";

export interface Bucket {
  /** First and last day (day numbers) of the stretch. */
  startDay: number;
  endDay: number;
  count: number;
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
export function longestSpan(index: CompactIndex): number {
  let longest = 0;
  for (let i = 0; i < index.dated; i++) longest = Math.max(longest, index.endDay[i]! - index.startDay[i]!);
  return longest;
}

/**
 * The shown events overlapping [fromDay, toDay], or buckets of them when there are more than `maxEvents`.
 * `shown[i]` is 1 for an event that passes the filters. `bucketDays` is the stretch of one bucket
 * (the caller picks it from the window's width in pixels).
 */
export function windowContent(index: CompactIndex, shown: Uint8Array, fromDay: number, toDay: number, options: { maxEvents: number; bucketDays: number; longest: number; sample?: number }): WindowContent {
  const first = upperBound(index.startDay, fromDay - options.longest - 1);
  const last = upperBound(index.startDay, toDay);
  const inWindow: number[] = [];
  for (let i = first; i < last; i++) {
    if (shown[i] && index.endDay[i]! >= fromDay) inWindow.push(i);
  }
  if (inWindow.length <= options.maxEvents) return { kind: "events", events: inWindow };
  const size = Math.max(1, Math.round(options.bucketDays));
  const sample = options.sample ?? 3;
  const buckets = new Map<number, Bucket>();
  for (const i of inWindow) {
    // An event belongs to the bucket of its first day inside the window.
    const day = Math.max(index.startDay[i]!, fromDay);
    const key = Math.floor(day / size);
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { startDay: key * size, endDay: key * size + size - 1, count: 0, sample: [] }));
    bucket.count++;
    if (bucket.sample.length < sample) bucket.sample.push(i);
  }
  return { kind: "buckets", buckets: [...buckets.values()].sort((a, b) => a.startDay - b.startDay), total: inWindow.length };
}
