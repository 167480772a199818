/**
 * The chart at scale, as numbers: the shown events' days as typed columns in start order (so a
 * window is a binary search away, see lib/aggregate.ts), how many days one bucket covers at a zoom,
 * and which stretch of days (the window plus a margin) the chart holds, so that small pans find
 * their edges already filled and only a move past the margin or a change of scale refills it.
 * No DOM here: components/timeline-window.ts turns what this picks into vis items.
 */
import type { DayColumns, LaneRefs } from "@/lib/aggregate";
import { longestSpan } from "@/lib/aggregate";
import { civilDayNumber, dayNumber } from "@/lib/compact-index";

/** The day number of a moment's local calendar day (the chart draws local days). */
export function localDayNumber(time: Date): number {
  return civilDayNumber(time.getFullYear(), time.getMonth() + 1, time.getDate());
}

export interface ChartIndex extends DayColumns {
  /** The entry (its position in the array the index was made from) at each position in start order. */
  order: Uint32Array;
  longest: number;
  lanes?: LaneRefs;
}

interface DatedLike {
  date: { start: string; end: string };
}

/**
 * The columns of some dated entries, in start order (they normally already are: then no sort).
 * `lanesOf(i)` gives entry i's lanes (indexes), when the chart has lanes.
 */
export function chartIndex(entries: readonly DatedLike[], lanesOf?: (entry: number) => readonly number[]): ChartIndex {
  const count = entries.length;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  let sorted = true;
  for (let i = 0; i < count; i++) {
    const { start, end } = entries[i]!.date;
    starts[i] = dayNumber(start);
    ends[i] = start === end ? starts[i]! : dayNumber(end);
    if (i > 0 && starts[i]! < starts[i - 1]!) sorted = false;
  }
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  if (!sorted) order.sort((a, b) => starts[a]! - starts[b]! || a - b);
  const startDay = sorted ? starts : Int32Array.from(order, (i) => starts[i]!);
  const endDay = sorted ? ends : Int32Array.from(order, (i) => ends[i]!);
  const index: ChartIndex = { dated: count, startDay, endDay, order, longest: 0 };
  index.longest = longestSpan(index);
  if (lanesOf) {
    const offsets = new Uint32Array(count + 1);
    const values: number[] = [];
    for (let p = 0; p < count; p++) {
      for (const lane of lanesOf(order[p]!)) values.push(lane);
      offsets[p + 1] = values.length;
    }
    index.lanes = { offsets, values: Uint32Array.from(values) };
  }
  return index;
}

/** Bucket lengths in days: a day, a few days, a week, a fortnight, about a month, a quarter, a half year, years. */
export const BUCKET_DAYS = [1, 2, 3, 7, 14, 30, 61, 91, 183, 365, 730, 1461, 3652, 7305, 18_262] as const;
/** About how wide a bucket is drawn: room for "12,345 events". */
export const BUCKET_PX = 96;

/** The shortest bucket at least BUCKET_PX wide when `windowDays` fill `widthPx` pixels. */
export function bucketDaysFor(windowDays: number, widthPx: number): number {
  const wanted = (windowDays * BUCKET_PX) / Math.max(1, widthPx);
  return BUCKET_DAYS.find((days) => days >= wanted) ?? BUCKET_DAYS[BUCKET_DAYS.length - 1]!;
}

/** The days the chart holds (first and last, inclusive), and the bucket length they were counted with. */
export interface Cover {
  fromDay: number;
  toDay: number;
  bucketDays: number;
}

/**
 * What to hold for a window of days [fromDay, toDay] drawn `widthPx` wide: the window and half its
 * width again on each side, widened to whole buckets so that no bucket is cut at an edge.
 */
export function coverFor(fromDay: number, toDay: number, widthPx: number): Cover {
  const span = Math.max(1, toDay - fromDay);
  const bucketDays = bucketDaysFor(span, widthPx);
  const margin = Math.ceil(span / 2);
  return {
    fromDay: Math.floor((fromDay - margin) / bucketDays) * bucketDays,
    toDay: Math.ceil((toDay + margin + 1) / bucketDays) * bucketDays - 1,
    bucketDays,
  };
}

/**
 * Whether the chart must refill for the window: it has reached an edge of what is held, or the
 * zoom asks for another bucket length. Once a move has `settled`, also when less than a quarter
 * window of margin is left on a side, so the next pan starts with its edges filled.
 */
export function needsRefill(cover: Cover | null, fromDay: number, toDay: number, widthPx: number, settled: boolean): boolean {
  if (!cover) return true;
  if (bucketDaysFor(Math.max(1, toDay - fromDay), widthPx) !== cover.bucketDays) return true;
  const keep = settled ? Math.floor((toDay - fromDay) / 4) : 0;
  return fromDay - keep < cover.fromDay || toDay + keep > cover.toDay;
}
