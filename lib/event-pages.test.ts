import { describe, expect, it } from "vitest";
import { eventPageLimit, prerenderedEventIds, SHELL_ID } from "@/lib/event-pages";
import type { TimelineEntry } from "@/lib/view";

const entry = (id: string, articles: number): TimelineEntry => ({
  id, title: id, type: "CONSULT", status: "occurred", date: null, dateShort: null, unresolvedDate: null,
  actors: [], articleIds: Array.from({ length: articles }, (_, i) => `a${i}`), countries: [],
});

describe("event pages at build time", () => {
  const entries = [entry("a", 1), entry("b", 3), entry("c", 1), entry("d", 2), entry("e", 3)];

  it("prerenders every event up to the limit", () => {
    expect(prerenderedEventIds(entries, 5)).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("past it, keeps the best reported events, the earliest first among equals, in timeline order", () => {
    expect(prerenderedEventIds(entries, 3)).toEqual(["b", "d", "e"]);
    expect(prerenderedEventIds(entries, 4)).toEqual(["a", "b", "d", "e"]);
    expect(prerenderedEventIds(entries, 0)).toEqual([]);
  });

  it("refuses an event whose id names the shell page", () => {
    expect(() => prerenderedEventIds([entry(SHELL_ID, 1)], 5)).toThrow(/app-shell/);
  });

  it("reads the limit from TIMELINE_EVENT_PAGES, refusing what is not a whole number", () => {
    expect(eventPageLimit({})).toBe(1000);
    expect(eventPageLimit({ TIMELINE_EVENT_PAGES: "25" })).toBe(25);
    expect(() => eventPageLimit({ TIMELINE_EVENT_PAGES: "many" })).toThrow(/whole number/);
    expect(() => eventPageLimit({ TIMELINE_EVENT_PAGES: "-1" })).toThrow(/whole number/);
  });
});
