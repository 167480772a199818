import { describe, expect, it } from "vitest";
import { matchTimexes, scoreDocuments, type ScoredTimex } from "./eval-score";

const timex = (start: number, end: number, value: string, type = "DATE"): ScoredTimex => ({ start, end, text: "", type, value });

describe("TempEval-3 style scoring", () => {
  it("scores a hand-made gold/system pair with known figures", () => {
    const gold = [timex(0, 10, "2022-01-03"), timex(20, 30, "2021-W52"), timex(40, 45, "P3D", "DURATION"), timex(60, 70, "2021")];
    // one exact right, one overlapping with a wrong value, one right duration, one spurious; gold "2021" missed
    const system = [timex(0, 10, "2022-01-03"), timex(25, 35, "2021-W51"), timex(40, 45, "P3D", "DURATION"), timex(80, 85, "PRESENT_REF")];
    const score = scoreDocuments([{ id: "d", gold, system }]);
    expect(score.spanMatches).toBe(3);
    expect(score.span.precision).toBeCloseTo(3 / 4);
    expect(score.span.recall).toBeCloseTo(3 / 4);
    expect(score.valueMatches).toBe(2);
    expect(score.value.f1).toBeCloseTo(0.5);
    expect(score.goldDates).toBe(3);
    expect(score.goldDatesMatched).toBe(2);
    expect(score.dateAccuracy).toBeCloseTo(1 / 2);
    expect(score.errors.map((e) => e.kind).sort()).toEqual(["EXTRA", "MISS", "VALUE"]);
  });

  it("matches one-to-one: a long system span covering two gold timexes is credited once", () => {
    const gold = [timex(0, 5, "2022-01-10"), timex(9, 14, "2022-01-12")];
    const system = [timex(0, 14, "2022-01-10")];
    const score = scoreDocuments([{ id: "d", gold, system }]);
    expect(score.spanMatches).toBe(1);
    expect(score.span.precision).toBe(1);
    expect(score.span.recall).toBe(0.5);
  });

  it("pairs by largest overlap, not by order", () => {
    const gold = [timex(0, 10, "A"), timex(8, 20, "B")];
    const system = [timex(9, 20, "B")];
    expect([...matchTimexes(gold, system)]).toEqual([[1, 0]]);
  });

  it("gives zeros, not NaN, on empty input", () => {
    const score = scoreDocuments([{ id: "d", gold: [], system: [] }]);
    expect(score.value).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(score.dateAccuracy).toBe(0);
  });
});
