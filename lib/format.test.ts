import { describe, expect, it } from "vitest";
import type { EventDate } from "@/lib/schema";
import { compareText, explainDate, formatEventDate, formatTimexValue, groupDigits, plural, timexInWords } from "@/lib/format";

const date = (d: Partial<EventDate>): EventDate => ({ value: "", start: "2022-01-03", end: "2022-01-03", precision: "day", expression: null, basis: "explicit", ...d });

describe("formatEventDate", () => {
  it("says the date at the precision the text gave", () => {
    expect(formatEventDate(date({}))).toBe("3 January 2022");
    expect(formatEventDate(date({ precision: "week", start: "2021-12-27", end: "2022-01-02" }))).toBe("Week of 27 December 2021 – 2 January 2022");
    expect(formatEventDate(date({ precision: "month", start: "2021-12-01", end: "2021-12-31" }))).toBe("December 2021");
    expect(formatEventDate(date({ precision: "quarter", start: "2022-04-01", end: "2022-06-30" }))).toBe("Q2 2022");
    expect(formatEventDate(date({ precision: "year", start: "2014-01-01", end: "2014-12-31" }))).toBe("2014");
  });
});

describe("explainDate", () => {
  it("names the expression and the article day it was read against", () => {
    expect(explainDate(date({ basis: "relative", expression: "last Thursday", reference: "2022-01-03" }), null)).toBe("“last Thursday” in an article of 3 Jan 2022");
    expect(explainDate(date({ basis: "publication" }), { title: "T", published: "2022-01-03" })).toBe("No date in the passage: the article's publication date, 3 Jan 2022");
    expect(explainDate(date({ basis: "inferred", expression: "last Thursday", reference: "2022-01-03" }), null)).toBe("“last Thursday” in an article whose date, 3 Jan 2022, was inferred from other articles");
  });
});

describe("formatTimexValue", () => {
  it("writes days and months for people and leaves other values alone", () => {
    expect(formatTimexValue("2022-01-21")).toBe("21 January 2022");
    expect(formatTimexValue("2021-12")).toBe("December 2021");
    expect(formatTimexValue("2021-W52")).toBe("2021-W52");
  });
});

describe("plural", () => {
  it("names one in the singular and groups thousands", () => {
    expect(plural(1, "event")).toBe("1 event");
    expect(plural(0, "article")).toBe("0 articles");
    expect(plural(2452, "article")).toBe("2,452 articles");
  });
});

describe("groupDigits", () => {
  it("groups thousands like en-US, without ICU", () => {
    for (const n of [0, 7, 999, 1000, 12345, 100000, 1234567, -4200, 1234.5, 100000000]) {
      expect(groupDigits(n)).toBe(n.toLocaleString("en-US", { maximumFractionDigits: 20 }));
    }
  });
});

describe("compareText", () => {
  it("orders by code unit, equal strings tie", () => {
    expect(["b", "B", "a", "é", "e"].sort(compareText)).toEqual(["B", "a", "b", "e", "é"]);
    expect(compareText("Kyiv", "Kyiv")).toBe(0);
  });
});

describe("timexInWords", () => {
  it("says weeks in words too", () => {
    expect(timexInWords("2021-W52")).toBe("week 52 of 2021");
    expect(timexInWords("2021-12-30")).toBe(formatTimexValue("2021-12-30"));
    expect(timexInWords("2014")).toBe("2014");
  });
});
