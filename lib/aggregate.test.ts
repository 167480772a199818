import { describe, expect, it } from "vitest";
import { longestSpan, windowContent } from "@/lib/aggregate";
import { dayNumber, decodeIndex, encodeIndex, type IndexedEvent } from "@/lib/compact-index";

const at = (start: string, end = start): IndexedEvent => ({ date: { start, end, precision: "day" }, type: "CONSULT", status: "occurred", actors: [], articleIds: [], countries: [] });

describe("windowContent", () => {
  // A month-long event that starts before the window, then one event a day for 10 days.
  const events = [at("2021-12-20", "2022-01-19"), ...Array.from({ length: 10 }, (_, i) => at(`2022-01-${String(i + 1).padStart(2, "0")}`))];
  const index = decodeIndex(encodeIndex(events));
  const longest = longestSpan(index);
  const all = new Uint8Array(index.count).fill(1);
  const from = dayNumber("2022-01-03");
  const to = dayNumber("2022-01-06");

  it("lists the shown events overlapping the window, including one that began before it", () => {
    expect(longest).toBe(30);
    expect(windowContent(index, all, from, to, { maxEvents: 100, bucketDays: 1, longest })).toEqual({ kind: "events", events: [0, 3, 4, 5, 6] });
  });

  it("leaves out the events the filters hide", () => {
    const shown = all.slice();
    shown[0] = 0;
    shown[4] = 0;
    expect(windowContent(index, shown, from, to, { maxEvents: 100, bucketDays: 1, longest })).toEqual({ kind: "events", events: [3, 5, 6] });
  });

  it("counts by bucket past maxEvents, every event in exactly one bucket", () => {
    const content = windowContent(index, all, dayNumber("2022-01-01"), dayNumber("2022-01-10"), { maxEvents: 4, bucketDays: 5, longest, sample: 2 });
    expect(content.kind).toBe("buckets");
    if (content.kind !== "buckets") return;
    expect(content.total).toBe(11);
    expect(content.buckets.reduce((n, b) => n + b.count, 0)).toBe(11);
    for (const b of content.buckets) {
      expect(b.endDay - b.startDay).toBe(4);
      expect(b.sample.length).toBeLessThanOrEqual(2);
    }
  });

  it("finds nothing in an empty stretch", () => {
    expect(windowContent(index, all, dayNumber("2023-01-01"), dayNumber("2023-02-01"), { maxEvents: 10, bucketDays: 1, longest })).toEqual({ kind: "events", events: [] });
  });
});

describe("windowContent with lanes", () => {
  // Six events a day apart; even ones in lane 0, odd ones in lanes 0 and 1.
  const events = Array.from({ length: 6 }, (_, i) => at(`2022-03-0${i + 1}`));
  const index = decodeIndex(encodeIndex(events));
  const all = new Uint8Array(index.count).fill(1);
  const rows = events.map((_, i) => (i % 2 ? [0, 1] : [0]));
  const offsets = new Uint32Array(rows.length + 1);
  rows.forEach((r, i) => (offsets[i + 1] = offsets[i]! + r.length));
  const lanes = { offsets, values: Uint32Array.from(rows.flat()) };
  const from = dayNumber("2022-03-01");
  const to = dayNumber("2022-03-06");

  it("counts an event once per lane it is drawn in", () => {
    // 9 items for 6 events: within 9 they are events, past it buckets.
    expect(windowContent(index, all, from, to, { maxEvents: 9, bucketDays: 3, longest: 0, lanes }).kind).toBe("events");
    const content = windowContent(index, all, from, to, { maxEvents: 8, bucketDays: 3, longest: 0, lanes });
    expect(content.kind).toBe("buckets");
    if (content.kind !== "buckets") return;
    expect(content.total).toBe(6);
    const byLane = (lane: number) => content.buckets.filter((b) => b.lane === lane).reduce((n, b) => n + b.count, 0);
    expect(byLane(0)).toBe(6);
    expect(byLane(1)).toBe(3);
  });

  it("marks buckets of a chart without lanes as lane -1", () => {
    const content = windowContent(index, all, from, to, { maxEvents: 1, bucketDays: 3, longest: 0 });
    expect(content.kind === "buckets" && content.buckets.every((b) => b.lane === -1)).toBe(true);
  });
});
