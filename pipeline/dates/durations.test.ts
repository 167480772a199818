import { describe, expect, it } from "vitest";
import { mentionOf, values } from "./test-helpers";

const REF = "2022-01-03";

describe("durations", () => {
  it.each([
    ["The talks lasted for three days.", "three days", "P3D"],
    ["They held a 50-minute call.", "50-minute", "PT50M"],
    ["The dispute has lasted more than a decade.", "more than a decade", "P10Y"],
    ["A two-year truce was agreed.", "two-year", "P2Y"],
    ["Stocks fell in the past two months.", "the past two months", "P2M"],
    ["Fighting went on for several weeks.", "several weeks", "PXW"],
    ["He was held for two hours.", "two hours", "PT2H"],
  ])("%s", (text, words, value) => {
    expect(mentionOf(text, REF, words)).toMatchObject({ type: "DURATION", value, span: null, future: false });
  });

  it("skips ages and compound adjectives such as 'seven-decade-old'", () => {
    expect(values("The seven-decade-old alliance and a 30-year-old diplomat.", REF)).toEqual([]);
  });

  it("reads a bare unit after 'for', never the end of a longer word ('for holidays', 'for Fridays')", () => {
    expect(mentionOf("Sanctions have been in place for years.", REF, "years")).toMatchObject({ type: "DURATION", value: "PXY" });
    expect(values("The embassy was closed for holidays and for Fridays.", REF)).toEqual([]);
  });

  it("prefers 'two days ago' (a date) over 'two days' (a duration)", () => {
    expect(values("They met two days ago.", REF)).toEqual([["two days ago", "2022-01-01"]]);
  });
});
