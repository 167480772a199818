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
