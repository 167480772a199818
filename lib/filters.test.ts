import { describe, expect, it } from "vitest";
import { facetsOf, matchesView, stepSelection } from "@/lib/filters";
import { EMPTY_VIEW } from "@/lib/url-state";
import { testEntry } from "@/lib/test-entry";

const entry = testEntry;

describe("the filter predicate", () => {
  const call = entry("call", { actors: ["Joe Biden", "Vladimir Putin"], date: { start: "2021-12-30", end: "2021-12-30", precision: "day" } });
  const warning = entry("warning", { type: "THREATEN", articleIds: ["a2"], date: { start: "2021-12-27", end: "2022-01-02", precision: "week" } });
  const talks = entry("talks", { status: "scheduled" });
  const undated = entry("undated", { date: null });

  it("lets everything through with no filters", () => {
    for (const e of [call, warning, talks, undated]) expect(matchesView(e, EMPTY_VIEW, null)).toBe(true);
  });

  it("filters by type, status, actor and source", () => {
    expect(matchesView(warning, { ...EMPTY_VIEW, types: ["THREATEN"] }, null)).toBe(true);
    expect(matchesView(call, { ...EMPTY_VIEW, types: ["THREATEN", "AGREE"] }, null)).toBe(false);
    expect(matchesView(talks, { ...EMPTY_VIEW, statuses: ["scheduled"] }, null)).toBe(true);
    expect(matchesView(call, { ...EMPTY_VIEW, statuses: ["scheduled"] }, null)).toBe(false);
    expect(matchesView(call, { ...EMPTY_VIEW, actors: ["Joe Biden"] }, null)).toBe(true);
    expect(matchesView(talks, { ...EMPTY_VIEW, actors: ["Joe Biden"] }, null)).toBe(false);
    expect(matchesView(warning, { ...EMPTY_VIEW, sources: ["a2"] }, null)).toBe(true);
    expect(matchesView(call, { ...EMPTY_VIEW, sources: ["a2"] }, null)).toBe(false);
  });

  it("widens within a facet (any chosen actor or source) and narrows across facets", () => {
    expect(matchesView(call, { ...EMPTY_VIEW, actors: ["Nobody", "Vladimir Putin"] }, null)).toBe(true);
    expect(matchesView(warning, { ...EMPTY_VIEW, sources: ["a1", "a2"] }, null)).toBe(true);
    expect(matchesView(call, { ...EMPTY_VIEW, sources: ["a1", "a2"] }, null)).toBe(true);
    expect(matchesView(call, { ...EMPTY_VIEW, actors: ["Joe Biden"], sources: ["a2"] }, null)).toBe(false);
  });

  it("keeps events whose dates overlap the range, and hides undated ones", () => {
    const range = { ...EMPTY_VIEW, from: "2022-01-01", to: "2022-01-05" };
    expect(matchesView(warning, range, null)).toBe(true); // a week that ends inside the range
    expect(matchesView(call, range, null)).toBe(false);
    expect(matchesView(talks, range, null)).toBe(false);
    expect(matchesView(undated, range, null)).toBe(false);
    expect(matchesView(talks, { ...EMPTY_VIEW, from: "2022-01-10" }, null)).toBe(true); // open-ended, inclusive
  });

  it("applies the search's hits with the other filters (all must pass)", () => {
    const hits = new Set(["call", "talks"]);
    expect(matchesView(call, EMPTY_VIEW, hits)).toBe(true);
    expect(matchesView(warning, EMPTY_VIEW, hits)).toBe(false);
    expect(matchesView(talks, { ...EMPTY_VIEW, types: ["THREATEN"] }, hits)).toBe(false);
  });
});

describe("facets and keyboard stepping", () => {
  const all = [
    entry("a", { type: "THREATEN", actors: ["X"], date: { start: "2022-01-01", end: "2022-01-01", precision: "day" } }),
    entry("b", { actors: ["X", "Y"], date: { start: "2022-01-02", end: "2022-01-02", precision: "day" } }),
    entry("c", { status: "scheduled", date: { start: "2022-01-03", end: "2022-01-03", precision: "day" } }),
    entry("u", { date: null }),
  ];

  it("offers only what the data has", () => {
    const facets = facetsOf(all, [{ id: "a1", title: "One" }, { id: "a9", title: "Unquoted" }]);
    expect(facets.types).toEqual(["CONSULT", "THREATEN"]);
    expect(facets.statuses).toEqual(["occurred", "scheduled"]);
    expect(facets.actors).toEqual([{ name: "X", count: 2 }, { name: "Y", count: 1 }]);
    expect(facets.sources).toEqual([{ id: "a1", title: "One" }]);
  });

  it("steps through the shown dated events in time order", () => {
    const shown = new Set(["a", "c", "u"]);
    expect(stepSelection(all, shown, null, 1)).toBe("a");
    expect(stepSelection(all, shown, null, -1)).toBe("c");
    expect(stepSelection(all, shown, "a", 1)).toBe("c");
    expect(stepSelection(all, shown, "b", -1)).toBe("a"); // from an event the filters hide
    expect(stepSelection(all, shown, "c", 1)).toBeNull();
  });
});
