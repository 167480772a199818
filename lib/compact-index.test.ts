import { describe, expect, it } from "vitest";
import { decodeIndex, dayNumber, dayString, encodeIndex, namesOf, type IndexedEvent } from "@/lib/compact-index";

const event = (start: string | null, extra: Partial<IndexedEvent> = {}): IndexedEvent => ({
  date: start ? { start, end: start, precision: "day" } : null,
  type: "CONSULT",
  status: "occurred",
  actors: ["Antony Blinken"],
  articleIds: ["a1"],
  countries: ["United States"],
  ...extra,
});

describe("compact index", () => {
  const events: IndexedEvent[] = [
    event("2021-12-01", { date: { start: "2021-12-01", end: "2021-12-31", precision: "month" }, type: "STATEMENT", status: "background", actors: [], countries: [] }),
    event("2022-01-03", { actors: ["Antony Blinken", "Bucharest Nine", "Antony Blinken"], articleIds: ["a1", "a2"] }),
    event("2022-01-03", { type: "THREATEN", status: "scheduled", actors: ["Russia"], countries: ["Russia"] }),
    event(null, { type: "SANCTION", status: "ongoing", articleIds: ["a2"] }),
  ];

  it("round-trips dates, spans, kinds and every reference list", () => {
    const index = decodeIndex(JSON.parse(JSON.stringify(encodeIndex(events))));
    expect(index.count).toBe(4);
    expect(index.dated).toBe(3);
    expect([...index.startDay].map(dayString)).toEqual(["2021-12-01", "2022-01-03", "2022-01-03"]);
    expect([...index.endDay].map(dayString)).toEqual(["2021-12-31", "2022-01-03", "2022-01-03"]);
    expect([...index.type]).toEqual([16, 1, 10, 12]);
    expect([...index.status]).toEqual([3, 0, 1, 2]);
    expect([...index.precision]).toEqual([2, 0, 0, 0]);
    // Repeated names count once; lists keep their order.
    expect(namesOf(index.actors, 1)).toEqual(["Antony Blinken", "Bucharest Nine"]);
    expect(namesOf(index.actors, 0)).toEqual([]);
    expect(namesOf(index.articles, 1)).toEqual(["a1", "a2"]);
    expect(namesOf(index.countries, 2)).toEqual(["Russia"]);
    expect(namesOf(index.articles, 3)).toEqual(["a2"]);
  });

  it("puts the most used names first, so references stay small", () => {
    const encoded = encodeIndex(events);
    expect(encoded.actors[0]).toBe("Antony Blinken");
    expect(encoded.start).toEqual([dayNumber("2021-12-01"), 33, 0]);
  });

  it("refuses events out of time order, or dated after undated", () => {
    expect(() => encodeIndex([event("2022-01-03"), event("2022-01-01")])).toThrow(/time order/);
    expect(() => encodeIndex([event(null), event("2022-01-01")])).toThrow(/before undated/);
  });

  it("refuses an index of another version", () => {
    expect(() => decodeIndex({ ...encodeIndex(events), v: 2 as 1 })).toThrow(/version 2/);
  });
});

describe("day numbers", () => {
  it("agree with Date for every day from 0001 to 2400, years 0-99 included", () => {
    for (let t = Date.UTC(2000, 0, 1) - 730_000 * 86_400_000; t < Date.UTC(2400, 0, 1); t += 86_400_000 * 37) {
      const iso = new Date(t).toISOString().slice(0, 10);
      if (iso.startsWith("-") || iso.startsWith("+")) continue;
      expect(dayNumber(iso), iso).toBe(Math.round(t / 86_400_000));
    }
    expect(dayNumber("0050-03-01")).toBe(Math.round(Date.parse("0050-03-01T00:00:00Z") / 86_400_000));
  });
});
