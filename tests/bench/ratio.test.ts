import { describe, expect, it } from "vitest";
import { ratioOf } from "../../bench/results";

describe("ratioOf", () => {
  it("rounds to the decimals asked for", () => {
    expect(ratioOf(85.03, 42.34, 2)).toBe(2.01);
    expect(ratioOf(692, 7811, 2)).toBe(0.09);
  });

  it("keeps significant digits where the decimals would show 0", () => {
    expect(ratioOf(16.8, 6249.8, 2)).toBe(0.0027);
    expect(ratioOf(30, 23014, 2)).toBe(0.0013);
    expect(ratioOf(0, 5, 2)).toBe(0);
  });

  it("is null without two numbers to compare", () => {
    expect(ratioOf(1, 0, 2)).toBeNull();
    expect(ratioOf(null, 2)).toBeNull();
    expect(ratioOf(1, Number.NaN)).toBeNull();
  });
});
