import { describe, expect, it } from "vitest";
import { yearMatchingWeekday } from "./weekday-date";
import { mentionOf, values } from "./test-helpers";

const FRIDAY = "1998-02-13";

describe("a clock time tied to a day is one TIME", () => {
  it.each([
    ["He was seized at 10 p.m. Wednesday, police said.", "10 p.m. Wednesday", "1998-02-11T22:00"],
    ["Negotiations broke off at noon Thursday.", "noon Thursday", "1998-02-12T12:00"],
    ["The offer expired at midnight Tuesday.", "midnight Tuesday", "1998-02-10T24:00"],
    ["In London at mid-afternoon yesterday, shares rose.", "mid-afternoon yesterday", "1998-02-12TAF"],
    ["The envoys will meet at 3 p.m. on Monday.", "3 p.m. on Monday", "1998-02-16T15:00"],
  ])("%s", (text, words, value) => {
    expect(mentionOf(text, FRIDAY, words)).toMatchObject({ type: "TIME", value });
  });

  it("reads a plan in the past perfect as overtaken: 'had been scheduled to expire Friday' is past", () => {
    expect(mentionOf("The offer had been scheduled to expire Friday evening.", "1989-10-30", "Friday evening").value).toBe("1989-10-27TEV");
    expect(mentionOf("The talks were scheduled to resume Friday.", "1989-10-30", "Friday").value).toBe("1989-11-03");
  });

  it("leaves a clock time alone when no day follows, and rejects impossible hours", () => {
    expect(values("He arrived at 10 p.m.", FRIDAY)).toEqual([["10 p.m.", "1998-02-13T22:00"]]);
    expect(values("at 13 p.m. Wednesday", FRIDAY)).toEqual([["Wednesday", "1998-02-11"]]);
  });
});

describe("a weekday in apposition to a date is one date", () => {
  it("merges 'Saturday, April 25' and lets the weekday pick the year", () => {
    expect(values("The Times said on Saturday, April 25: the court erred.", "1998-04-24")).toEqual([["Saturday, April 25", "1998-04-25"]]);
    expect(yearMatchingWeekday(1998, 4, 25, 6)).toBe(1998);
    expect(yearMatchingWeekday(1998, 4, 25, 0)).toBe(1999); // a Sunday April 25
    expect(yearMatchingWeekday(1998, 4, 25, 1)).toBe(1998); // no Monday April 25 within a year: keep it
  });

  it("keeps an explicit year as written, and does not merge across words", () => {
    expect(mentionOf("On Monday, Jan. 10, 2022, they met.", "2022-01-03", "Monday, Jan. 10, 2022").value).toBe("2022-01-10");
    expect(values("They met Monday and on Jan. 10 they sign.", "2022-01-03").map(([words]) => words)).toEqual(["Monday", "Jan. 10"]);
  });
});

describe("dates chrono would lose or misread", () => {
  it("keeps 'Jan. 1, 1990' when a bare number follows 'at'", () => {
    expect(values("It may buy the stake after Jan. 1, 1990 at 1,015 francs a share.", "1989-10-27")).toEqual([["Jan. 1, 1990", "1990-01-01"]]);
  });

  it("reads spoken years with a month or a season", () => {
    expect(values("January nineteen ninety-seven. Atlanta again.", "1998-02-27")).toEqual([["January nineteen ninety-seven", "1997-01"]]);
    expect(mentionOf("prices we saw in the winter of nineteen ninety-four.", "1998-02-23", "the winter of nineteen ninety-four").value).toBe("1994-WI");
    expect(values("Some two thousand troops left.", "1998-02-23")).toEqual([]);
  });
});

describe("'the following year' counts from the last date the story named", () => {
  it("anchors to a preceding explicit date", () => {
    const text = "On May 22, 1995, he was made a general, and the following year he was appointed attache.";
    expect(mentionOf(text, "1998-04-18", "the following year")).toMatchObject({ value: "1996", rule: "anaphoric-following-year-anchored" });
    expect(mentionOf("In March 1989 it hired advisers. The following month, it was sold.", "1989-10-27", "The following month").value).toBe("1989-04");
  });

  it("falls back to the reference without an earlier date", () => {
    expect(mentionOf("The following year was hard.", "1998-04-18", "The following year").value).toBe("1999");
  });

  it("leaves 'last year' and 'next year' counted from the reference", () => {
    expect(values("In May 1995 he left. Last year he returned.", "1998-04-18")).toEqual([["May 1995", "1995-05"], ["Last year", "1997"]]);
  });
});
