import { describe, expect, it } from "vitest";
import { mentionOf, values } from "./test-helpers";

const REF = "2022-01-03"; // Monday of ISO week 2022-W01

describe("relative days", () => {
  it.each([
    ["yesterday", "2022-01-02", false],
    ["today", "2022-01-03", false],
    ["tonight", "2022-01-03", false],
    ["tomorrow", "2022-01-04", true],
  ])("%s", (word, value, future) => {
    const mention = mentionOf(`The envoy arrives ${word}.`, REF, word);
    expect(mention).toMatchObject({ type: "DATE", value, future, basis: "relative", rule: "relative-day" });
    expect(mention.span).toEqual({ start: value, end: value, precision: "day" });
  });

  it("counts back with 'ago'", () => {
    expect(mentionOf("The talks began two days ago.", REF, "two days ago").value).toBe("2022-01-01");
    expect(mentionOf("The talks began three weeks ago.", REF, "three weeks ago").value).toBe("2021-W50");
    expect(mentionOf("It started a year ago.", REF, "a year ago").value).toBe("2021");
  });

  it("reads numbers grouped with commas whole, and gives no date to history", () => {
    expect(mentionOf("The siege ended 1,000 days ago.", REF, "1,000 days ago").value).toBe("2019-04-09");
    // Not "500 years ago" (1522): the philosopher was born 2,500 years ago, before any date we keep.
    const text = "Lao Tzu was born 2,500 years ago, an official said.";
    expect(values(text, REF).some(([, value]) => value === "1522")).toBe(false);
    expect(values(text, REF).filter(([words]) => words.includes("500 years ago") && !words.includes("2,500"))).toEqual([]);
    // Every unit: 400,000 days (about 1,095 years) or 13,000 months back is history too, not year -0073.
    for (const phrase of ["400,000 days ago", "60,000 weeks ago", "13,000 months ago", "4,000 quarters ago"]) {
      expect(values(`The dynasty began ${phrase}, an official said.`, REF).filter(([words]) => words.includes("ago")), phrase).toEqual([]);
    }
    expect(mentionOf("The port was founded 9,000 months ago.", REF, "9,000 months ago").value).toBe("1272-01");
  });
});

describe("relative periods", () => {
  it.each([
    ["last month", "2021-12", "month"],
    ["last week", "2021-W52", "week"],
    ["next week", "2022-W02", "week"],
    ["this week", "2022-W01", "week"],
    ["last year", "2021", "year"],
    ["next year", "2023", "year"],
    ["this year", "2022", "year"],
    ["last quarter", "2021-Q4", "quarter"],
    ["the first quarter", "2022-Q1", "quarter"],
  ])("%s", (words, value, precision) => {
    const mention = mentionOf(`Exports grew ${words}.`, REF, words);
    expect(mention.value).toBe(value);
    expect(mention.span?.precision).toBe(precision);
  });

  it("gives ISO week spans Monday to Sunday", () => {
    expect(mentionOf("They met last week.", REF, "last week").span).toEqual({ start: "2021-12-27", end: "2022-01-02", precision: "week" });
  });

  it("marks future periods", () => {
    expect(mentionOf("Talks resume next week.", REF, "next week").future).toBe(true);
    expect(mentionOf("Talks stalled last week.", REF, "last week").future).toBe(false);
  });

  it("returns underspecified values without a reference", () => {
    expect(values("They met last week, last month and yesterday.", null)).toEqual([
      ["last week", "XXXX-WXX"],
      ["last month", "XXXX-XX"],
      ["yesterday", "XXXX-XX-XX"],
    ]);
    expect(mentionOf("They met yesterday.", null, "yesterday")).toMatchObject({ resolved: false, span: null });
  });
});

describe("references to present, past and future", () => {
  it.each([
    ["Tensions are now high.", "now", "PRESENT_REF"],
    ["Troops are currently deployed.", "currently", "PRESENT_REF"],
    ["Moscow recently moved troops.", "recently", "PAST_REF"],
    ["Talks will resume soon.", "soon", "FUTURE_REF"],
    ["Sanctions may follow in the future.", "the future", "FUTURE_REF"],
  ])("%s", (text, words, value) => {
    expect(mentionOf(text, REF, words)).toMatchObject({ value, span: null });
  });
});
