import { describe, expect, it } from "vitest";
import { extractDates } from "./index";
import { mentionOf, values } from "./test-helpers";

const REF = "2022-01-03";

describe("explicit calendar dates", () => {
  it.each([
    ["January 10, 2022", "2022-01-10", "day"],
    ["Jan 03, 2022", "2022-01-03", "day"],
    ["December 2021", "2021-12", "month"],
    ["10 January 2022", "2022-01-10", "day"],
  ])("%s", (words, value, precision) => {
    const mention = mentionOf(`The accord was signed on ${words} in Vienna.`, REF, words);
    expect(mention).toMatchObject({ value, basis: "explicit", resolved: true });
    expect(mention.span?.precision).toBe(precision);
  });

  it("resolves explicit dates without a reference", () => {
    expect(mentionOf("Signed on January 10, 2022.", null, "January 10, 2022")).toMatchObject({
      value: "2022-01-10", basis: "explicit", resolved: true,
      span: { start: "2022-01-10", end: "2022-01-10", precision: "day" },
    });
  });

  it("reads 'in 2014' as a year and 'the 1990s' as a decade", () => {
    expect(mentionOf("Crimea was annexed in 2014.", REF, "2014")).toMatchObject({
      value: "2014", span: { start: "2014-01-01", end: "2014-12-31", precision: "year" },
    });
    expect(mentionOf("Relations thawed in the 1990s.", REF, "the 1990s").value).toBe("199");
    expect(mentionOf("Relations thawed in 1990.", REF, "1990").value).toBe("1990");
  });

  it("does not read counts, money or identifiers as years", () => {
    expect(values("Some 2000 troops and 1,990 people; $2014 was paid; Resolution 2231 stands.", REF)).toEqual([]);
  });
});

describe("month and day without a year: the tense picks the year", () => {
  it("past: on or before the reference", () => {
    const mention = mentionOf("The summit took place on June 10.", REF, "June 10");
    expect(mention).toMatchObject({ value: "2021-06-10", basis: "relative", future: false, rule: "month-day-without-year" });
  });

  it("within ten months only: beyond that the nearest occurrence wins over a misread cue", () => {
    // "as of" reads as a deadline and "fell" as past, yet Sept. 30 is three weeks back, not eleven months ahead.
    expect(mentionOf("As of Sept. 30, assets fell.", "1989-10-27", "Sept. 30").value).toBe("1989-09-30");
    // "preferred" is an adjective, not a past verb: Oct. 31 is four days ahead.
    expect(mentionOf("It will redeem preferred shares on Oct. 31.", "1989-10-27", "Oct. 31").value).toBe("1989-10-31");
    expect(mentionOf("Closing is expected in December.", "1989-11-02", "December").value).toBe("1989-12");
    // Ten months back is still within reach of a past tense.
    expect(mentionOf("Fighting resumed in March.", REF, "March").value).toBe("2021-03");
  });

  it("future: the next occurrence", () => {
    const mention = mentionOf("The sides are set to meet in Geneva on January 10.", REF, "January 10");
    expect(mention).toMatchObject({ value: "2022-01-10", future: true });
  });

  it("bare month names", () => {
    expect(mentionOf("Talks collapsed in December.", REF, "December").value).toBe("2021-12");
    expect(mentionOf("Elections will be held in May.", REF, "May").value).toBe("2022-05");
  });
});

describe("month-name negatives", () => {
  it("ignores 'may' the modal and 'March' the procession", () => {
    expect(values("Sanctions may follow. May they succeed.", REF)).toEqual([]);
    expect(values("Thousands joined the March on the capital.", REF)).toEqual([]);
  });

  it("keeps 'in March' as a month", () => {
    expect(mentionOf("Fighting resumed in March.", REF, "March").value).toBe("2021-03");
  });
});

describe("quarters, seasons and output shape", () => {
  it("reads quarters with and without a year", () => {
    expect(mentionOf("Profit fell in the third quarter of 2021.", REF, "the third quarter of 2021").value).toBe("2021-Q3");
    expect(mentionOf("Third-quarter profit fell.", "1989-10-26", "Third-quarter").value).toBe("1989-Q3");
  });

  it("reads seasons", () => {
    expect(mentionOf("The offensive began last summer.", REF, "last summer").value).toBe("2021-SU");
  });

  it("returns sorted, non-overlapping mentions whose text matches the offsets", () => {
    const text = "On January 10, 2022, two days ago, and next week, officials said Monday.";
    const mentions = extractDates(text, REF);
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      expect(text.slice(m.start, m.end)).toBe(m.text);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    }
    expect(extractDates(text, REF)).toEqual(mentions);
  });

  it("rejects an impossible reference date", () => {
    expect(() => extractDates("today", "2022-13-45")).toThrow(/invalid reference/);
  });
});

describe("words that only look like a time of day", () => {
  it("keeps 'January 10' whole before 'amid' and reads '10 Americans' as no time", () => {
    expect(values("Officials are set to meet in Geneva on January 10 amid tensions.", REF)).toEqual([["January 10", "2022-01-10"]]);
    expect(values("10 Americans were evacuated.", REF)).toEqual([]);
  });
});
