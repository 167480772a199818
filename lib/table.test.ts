import { describe, expect, it } from "vitest";
import { nextSort, rowAfterKey, rowsPerPage, sortEntries, withActiveRow } from "@/lib/table";
import { testEntry } from "@/lib/test-entry";
import type { TimelineEntry } from "@/lib/view";

const entry = testEntry;
const day = (d: string) => ({ start: d, end: d, precision: "day" as const });
const ids = (list: TimelineEntry[]) => list.map((e) => e.id);

describe("sorting the table", () => {
  const late = entry("late", { title: "Talks end", date: day("2022-02-01"), type: "AGREE", actors: ["Olaf Scholz"] });
  const early = entry("early", { title: "Call", date: day("2021-12-30"), type: "THREATEN", actors: ["Joe Biden", "Vladimir Putin"] });
  const week = entry("week", { title: "Drills", date: { start: "2021-12-30", end: "2022-01-05", precision: "week" }, type: "MOBILIZE" });
  const undated = entry("undated", { title: "A summit", date: null, type: "CONSULT", actors: ["antony Blinken"] });
  const all = [late, undated, week, early];

  it("orders by date, undated last, and keeps the undated last when reversed", () => {
    expect(ids(sortEntries(all, { by: "date", descending: false }))).toEqual(["early", "week", "late", "undated"]);
    expect(ids(sortEntries(all, { by: "date", descending: true }))).toEqual(["late", "week", "early", "undated"]);
  });

  it("breaks date ties by headline, in both directions", () => {
    const b = entry("b", { title: "Beta", date: day("2022-01-01") });
    const a = entry("a", { title: "alpha", date: day("2022-01-01") });
    const c = entry("c", { title: "Gamma", date: day("2022-01-02") });
    expect(ids(sortEntries([b, c, a], { by: "date", descending: false }))).toEqual(["a", "b", "c"]);
    expect(ids(sortEntries([b, c, a], { by: "date", descending: true }))).toEqual(["c", "a", "b"]);
    // Two undated events still come in headline order.
    const u1 = entry("u1", { title: "Zeta", date: null });
    const u2 = entry("u2", { title: "Eta", date: null });
    expect(ids(sortEntries([u1, c, u2], { by: "date", descending: true }))).toEqual(["c", "u2", "u1"]);
  });

  it("orders by the type's label, equal types by date", () => {
    // Agree, Consult, Mobilize, Threaten
    expect(ids(sortEntries(all, { by: "type", descending: false }))).toEqual(["late", "undated", "week", "early"]);
    expect(ids(sortEntries(all, { by: "type", descending: true }))).toEqual(["early", "week", "undated", "late"]);
    const other = entry("other", { type: "CONSULT", date: day("2020-01-01") });
    expect(ids(sortEntries([undated, other], { by: "type", descending: false }))).toEqual(["other", "undated"]);
  });

  it("orders by the first actor, ignoring case, events without actors last in both directions", () => {
    expect(ids(sortEntries(all, { by: "actor", descending: false }))).toEqual(["undated", "early", "late", "week"]);
    expect(ids(sortEntries(all, { by: "actor", descending: true }))).toEqual(["late", "early", "undated", "week"]);
  });

  it("orders by headline, numbers by value", () => {
    const g20 = entry("g20", { title: "G20 summit" });
    const g7 = entry("g7", { title: "G7 summit" });
    expect(ids(sortEntries([...all, g20, g7], { by: "title", descending: false }))).toEqual(["undated", "early", "week", "g7", "g20", "late"]);
    expect(ids(sortEntries([g7, g20], { by: "title", descending: true }))).toEqual(["g20", "g7"]);
  });

  it("is deterministic for identical rows and never changes its input", () => {
    const x = entry("x");
    const y = entry("y");
    const input = [y, x];
    expect(ids(sortEntries(input, { by: "title", descending: false }))).toEqual(["x", "y"]);
    expect(ids(input)).toEqual(["y", "x"]);
    expect(sortEntries([], { by: "date", descending: false })).toEqual([]);
  });

  it("sorts 10,000 rows", () => {
    const many = Array.from({ length: 10_000 }, (_, i) => entry(`e${i}`, { title: `Event ${i}`, date: i % 10 === 0 ? null : day(`20${String(10 + (i % 15))}-01-01`) }));
    const sorted = sortEntries(many, { by: "date", descending: true });
    expect(sorted).toHaveLength(10_000);
    expect(sorted[0]!.date!.start).toBe("2024-01-01");
    expect(sorted.slice(-1000).every((e) => e.date === null)).toBe(true);
    expect(sorted[9_000]!.date).toBeNull();
    expect(sorted[8_999]!.date!.start).toBe("2010-01-01");
  });
});

describe("the header buttons", () => {
  it("reverse the current column and start another ascending", () => {
    expect(nextSort({ by: "date", descending: false }, "date")).toEqual({ by: "date", descending: true });
    expect(nextSort({ by: "date", descending: true }, "date")).toEqual({ by: "date", descending: false });
    expect(nextSort({ by: "date", descending: true }, "actor")).toEqual({ by: "actor", descending: false });
  });
});

describe("moving the active row with keys", () => {
  it("steps, pages and jumps without going past either end", () => {
    expect(rowAfterKey("ArrowDown", 3, 10, 4)).toBe(4);
    expect(rowAfterKey("ArrowUp", 3, 10, 4)).toBe(2);
    expect(rowAfterKey("PageDown", 3, 10, 4)).toBe(7);
    expect(rowAfterKey("PageUp", 7, 10, 4)).toBe(3);
    expect(rowAfterKey("Home", 7, 10, 4)).toBe(0);
    expect(rowAfterKey("End", 0, 10, 4)).toBe(9);
    expect(rowAfterKey("ArrowDown", 9, 10, 4)).toBe(9);
    expect(rowAfterKey("ArrowUp", 0, 10, 4)).toBe(0);
    expect(rowAfterKey("PageDown", 8, 10, 4)).toBe(9);
    expect(rowAfterKey("PageUp", 2, 10, 4)).toBe(0);
    expect(rowAfterKey("End", 0, 10_000, 12)).toBe(9_999);
  });

  it("starts from the first row when none is active, and from a valid row when the active one is gone", () => {
    expect(rowAfterKey("ArrowDown", -1, 10, 4)).toBe(0);
    expect(rowAfterKey("ArrowUp", -1, 10, 4)).toBe(0);
    expect(rowAfterKey("ArrowDown", 50, 10, 4)).toBe(9);
  });

  it("ignores other keys, empty tables and pages of less than a row", () => {
    for (const key of ["Enter", "ArrowLeft", "ArrowRight", "a", " ", "Tab"]) expect(rowAfterKey(key, 3, 10, 4)).toBeNull();
    expect(rowAfterKey("ArrowDown", 0, 0, 4)).toBeNull();
    expect(rowAfterKey("PageDown", 0, 10, 0)).toBe(1);
    expect(rowAfterKey("PageDown", 0, 10, Number.NaN)).toBe(1);
  });

  it("counts the whole rows under the sticky header", () => {
    expect(rowsPerPage(600, 40, 56)).toBe(10);
    expect(rowsPerPage(95, 40, 56)).toBe(1);
    expect(rowsPerPage(0, 40, 56)).toBe(1);
    expect(rowsPerPage(600, 40, 0)).toBe(1);
  });
});

describe("keeping the active row rendered", () => {
  it("adds it, in order, when scrolling left it out", () => {
    expect(withActiveRow([10, 11, 12], 3, 100)).toEqual([3, 10, 11, 12]);
    expect(withActiveRow([10, 11, 12], 99, 100)).toEqual([10, 11, 12, 99]);
  });

  it("adds nothing when it is already there, there is none, or it is out of range", () => {
    expect(withActiveRow([10, 11, 12], 11, 100)).toEqual([10, 11, 12]);
    expect(withActiveRow([10, 11, 12], null, 100)).toEqual([10, 11, 12]);
    expect(withActiveRow([10, 11, 12], -1, 100)).toEqual([10, 11, 12]);
    expect(withActiveRow([0, 1], 5, 2)).toEqual([0, 1]);
  });
});
