import { describe, expect, it } from "vitest";
import { BUCKET_DAYS, BUCKET_PX, bucketDaysFor, chartIndex, coverFor, localDayNumber, needsRefill } from "@/lib/chart-window";
import { dayNumber } from "@/lib/compact-index";
import { windowContent } from "@/lib/aggregate";

const on = (start: string, end = start) => ({ date: { start, end } });

describe("day numbers", () => {
  it("of local moments agree with the compact index's for their day", () => {
    for (const day of ["1970-01-01", "2000-02-29", "2022-01-03", "2031-12-31", "1969-12-31"]) {
      const [y, m, d] = day.split("-").map(Number) as [number, number, number];
      // Any time of that local day is that day.
      expect(localDayNumber(new Date(y, m - 1, d, 0, 0))).toBe(dayNumber(day));
      expect(localDayNumber(new Date(y, m - 1, d, 23, 59))).toBe(dayNumber(day));
    }
  });
});

describe("chartIndex", () => {
  it("keeps entries already in start order as they are, with the longest span", () => {
    const index = chartIndex([on("2022-01-01", "2022-01-31"), on("2022-01-02"), on("2022-01-05", "2022-01-11")]);
    expect([...index.order]).toEqual([0, 1, 2]);
    expect([...index.startDay]).toEqual(["2022-01-01", "2022-01-02", "2022-01-05"].map(dayNumber));
    expect([...index.endDay]).toEqual(["2022-01-31", "2022-01-02", "2022-01-11"].map(dayNumber));
    expect(index.longest).toBe(30);
    expect(index.lanes).toBeUndefined();
  });

  it("sorts entries out of order, and its order names each position's entry", () => {
    const entries = [on("2022-03-01"), on("2022-01-01"), on("2022-02-01", "2022-02-28")];
    const index = chartIndex(entries);
    expect([...index.order]).toEqual([1, 2, 0]);
    for (let p = 0; p < entries.length; p++) expect(index.startDay[p]).toBe(dayNumber(entries[index.order[p]!]!.date.start));
    expect(index.endDay[1]).toBe(dayNumber("2022-02-28"));
  });

  it("lays out the lanes of each position as compressed rows", () => {
    const lanes = [[0], [1, 2], []];
    const index = chartIndex([on("2022-01-03"), on("2022-01-01"), on("2022-01-02")], (i) => lanes[i]!);
    // Positions: entry 1, entry 2, entry 0.
    expect([...index.lanes!.offsets]).toEqual([0, 2, 2, 3]);
    expect([...index.lanes!.values]).toEqual([1, 2, 0]);
  });

  it("finds a window of 100,000 events through lib/aggregate", () => {
    const days = Array.from({ length: 100_000 }, (_, i) => new Date(Date.UTC(2000, 0, 1) + Math.floor(i / 20) * 86_400_000).toISOString().slice(0, 10));
    const index = chartIndex(days.map((d) => on(d)));
    const shown = new Uint8Array(index.dated).fill(1);
    const from = dayNumber("2000-02-01");
    const content = windowContent(index, shown, from, from + 9, { maxEvents: 100, bucketDays: 1, longest: index.longest, sample: 0 });
    expect(content.kind).toBe("buckets");
    if (content.kind === "buckets") {
      expect(content.total).toBe(200);
      expect(content.buckets.map((b) => b.count)).toEqual(Array(10).fill(20));
    }
  });
});

describe("bucketDaysFor", () => {
  it("picks the shortest listed length at least BUCKET_PX wide", () => {
    expect(bucketDaysFor(10, 1000)).toBe(1);
    expect(bucketDaysFor(365, 1000)).toBe(61); // 35 days wanted
    expect(bucketDaysFor(3650, 1000)).toBe(365);
    for (const [days, width] of [[30, 800], [1000, 640], [20_000, 1280]] as const) {
      const bucket = bucketDaysFor(days, width);
      expect(BUCKET_DAYS).toContain(bucket);
      expect((bucket / days) * width).toBeGreaterThanOrEqual(BUCKET_PX);
    }
  });

  it("keeps to the longest length for spans beyond it", () => {
    expect(bucketDaysFor(10_000_000, 100)).toBe(BUCKET_DAYS[BUCKET_DAYS.length - 1]);
  });
});

describe("coverFor and needsRefill", () => {
  const from = dayNumber("2022-01-01");
  const to = from + 100;
  const width = 1000;
  const cover = coverFor(from, to, width);

  it("holds the window and half its width again on each side, in whole buckets", () => {
    expect(cover.bucketDays).toBe(bucketDaysFor(100, width));
    expect(cover.fromDay).toBeLessThanOrEqual(from - 50);
    expect(cover.toDay).toBeGreaterThanOrEqual(to + 50);
    expect(cover.fromDay % cover.bucketDays).toBe(0);
    expect((cover.toDay + 1) % cover.bucketDays).toBe(0);
  });

  it("refills nothing for a small pan, and refills past the edge or on a change of scale", () => {
    expect(needsRefill(null, from, to, width, false)).toBe(true);
    expect(needsRefill(cover, from + 10, to + 10, width, false)).toBe(false);
    expect(needsRefill(cover, from + 60, to + 60, width, false)).toBe(true);
    expect(needsRefill(cover, from, from + 1000, width, false)).toBe(true); // zoomed out
    expect(needsRefill(cover, from + 40, from + 45, width, false)).toBe(true); // zoomed in: shorter buckets
  });

  it("once settled, also refills when a side has less than a quarter window of margin", () => {
    expect(needsRefill(cover, from + 40, to + 40, width, false)).toBe(false);
    expect(needsRefill(cover, from + 40, to + 40, width, true)).toBe(true);
    expect(needsRefill(cover, from, to, width, true)).toBe(false);
  });
});
