/**
 * Where the chart looks: the window around an event or a set of events, the opening view, and the
 * zooms into a cluster or a big corpus's count. Pure moves of a vis Timeline, no React.
 */
import type { Timeline as VisTimeline } from "vis-timeline/esnext";
import { localDay, type Dated } from "@/components/timeline-items";

export const DAY = 86_400_000;

/** A window that shows the event with some room on both sides. */
export function windowAround(date: Dated["date"]): [Date, Date] {
  const start = localDay(date.start).getTime();
  const end = localDay(date.end, 1).getTime();
  const pad = Math.max(10 * DAY, end - start);
  return [new Date(start - pad), new Date(end + pad)];
}

/** The window around some events; a lone event gets the room of a selection, not years of empty axis. */
export function frameOf(dated: readonly Dated[]): [Date, Date] | null {
  const only = dated.length === 1 ? dated[0] : undefined;
  if (only) return windowAround(only.date);
  if (dated.length === 0) return null;
  // A loop, not Math.min(...all): a spread of 100,000 arguments overflows the stack.
  let first = Infinity;
  let last = -Infinity;
  for (const e of dated) {
    first = Math.min(first, localDay(e.date.start).getTime());
    last = Math.max(last, localDay(e.date.end, 1).getTime());
  }
  const pad = Math.max(DAY, (last - first) * 0.04);
  return [new Date(first - pad), new Date(last + pad)];
}

/** Moves the chart to frameOf(dated). */
export function frame(timeline: VisTimeline, dated: readonly Dated[], animate: boolean) {
  const window = frameOf(dated);
  if (window) timeline.setWindow(window[0], window[1], { animation: animate });
}

/**
 * The first view: the crisis itself. Background events (an annexation years earlier that the
 * articles recall) would stretch the axis over years and squeeze the crisis into a cluster;
 * they stay on the chart, one "Show all" away.
 */
export function openingFrame(dated: readonly Dated[]): Dated[] {
  const current = dated.filter((e) => e.status !== "background");
  return current.length > 0 ? current : [...dated];
}

/** YYYY-MM-DD of a moment, in local time (the chart draws local days). */
export function dayOf(time: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

/** An animated move to a span of time with a tenth of it on each side (at least a day). */
function zoomToSpan(timeline: VisTimeline, first: number, last: number) {
  const pad = Math.max(DAY, (last - first) * 0.1);
  timeline.setWindow(new Date(first - pad), new Date(last + pad), { animation: { duration: 300, easingFunction: "easeInOutQuad" } });
}

/** A big corpus's count of a stretch of days, opened: the chart zooms into that stretch. */
export function zoomIntoStretch(timeline: VisTimeline, stretch: { start: string; end: string }) {
  timeline.setSelection([]);
  zoomToSpan(timeline, localDay(stretch.start).getTime(), localDay(stretch.end, 1).getTime());
}

/**
 * vis emits a cluster's own (random) id when one is tapped. Its events are in vis's item set,
 * which the public API does not expose: read them defensively, and if that ever fails, zoom in
 * around the middle of the window instead.
 */
export function zoomIntoCluster(timeline: VisTimeline, clusterId: string) {
  timeline.setSelection([]);
  type ClusterLike = { id: string; data?: { uiItems?: Array<{ data: { start: Date; end?: Date } }> } };
  const clusters = (timeline as unknown as { itemSet?: { clusters?: ClusterLike[] } }).itemSet?.clusters ?? [];
  const members = clusters.find((c) => c.id === clusterId)?.data?.uiItems ?? [];
  if (members.length === 0) {
    timeline.zoomIn(0.5);
    return;
  }
  let first = Infinity;
  let last = -Infinity;
  for (const { data } of members) {
    first = Math.min(first, new Date(data.start).getTime());
    last = Math.max(last, new Date(data.end ?? data.start).getTime());
  }
  zoomToSpan(timeline, first, last);
}
