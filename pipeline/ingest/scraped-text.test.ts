import { describe, expect, it } from "vitest";
import { parseScrapedText } from "./scraped-text";
import { parseDateline } from "./dateline";
import { parseDateLine } from "./published-date";

describe("scraped text header and trailer", () => {
  const page = [
    "Share:Talks resume on grain corridor",
    "Image",
    "Mar 07, 2023",
    "ANKARA [Turkey], March 8 : Turkish officials hosted the delegations on Tuesday.",
    "The talks will continue next week.",
    "",
    "source: example-news.com",
    "",
    "Share:",
  ].join("\n");

  it("takes the title without share-bar debris, the date line, the dateline and the source line", () => {
    const fields = parseScrapedText(page, 0);
    expect(fields.title).toBe("Talks resume on grain corridor");
    expect(fields.published).toBe("2023-03-07");
    expect(fields.publishedBasis).toBe("text");
    expect(fields.source).toBe("example-news.com");
    expect(fields.dateline).toEqual({ text: "ANKARA [Turkey], March 8", place: "Ankara", date: "2023-03-08" });
    expect(fields.text).toBe("Turkish officials hosted the delegations on Tuesday.\nThe talks will continue next week.");
    expect(page.slice(fields.bodyOffset, fields.bodyOffset + 17)).toBe("Turkish officials");
  });

  it("keeps a first line that is a sentence as body, not title", () => {
    const fields = parseScrapedText("The minister resigned on Friday.\nMore follows.", 0);
    expect(fields.title).toBeNull();
    expect(fields.text.startsWith("The minister resigned")).toBe(true);
  });

  it("never takes a date from an undated page", () => {
    const fields = parseScrapedText("Headline here\n\nOfficials met Monday in Vienna.\n", 0);
    expect(fields.published).toBeNull();
    expect(fields.publishedBasis).toBeNull();
  });
});

describe("date lines", () => {
  it.each([
    ["Jan 03, 2022", "2022-01-03"],
    ["January 3, 2022 10:25 AM ET", "2022-01-03"],
    ["Published: 3 January 2022", "2022-01-03"],
    ["2022-01-03", "2022-01-03"],
  ])("%s", (line, day) => expect(parseDateLine(line)).toBe(day));

  it.each([["January 4"], ["Blinken met Lavrov on January 3, 2022 in Geneva."], ["2022-13-45"], ["Image"]])("rejects %s", (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});

describe("datelines", () => {
  it("reads wire datelines with agency and tag", () => {
    expect(parseDateline("MOSCOW, Jan 3 (Reuters) - Russia said", "2022-01-03")?.dateline).toEqual({ text: "MOSCOW, Jan 3 (Reuters)", place: "Moscow", date: "2022-01-03" });
    expect(parseDateline("Washington [US], January 4 : US Secretary", "2022-01-03")?.dateline.date).toBe("2022-01-04");
  });

  it("does not take an ordinary sentence for a dateline", () => {
    expect(parseDateline("Biden: we will respond decisively", null)).toBeNull();
    expect(parseDateline("The talks - which began Monday - ended", null)).toBeNull();
  });

  it("leaves a yearless dateline day unresolved without a publication date", () => {
    expect(parseDateline("Washington [US], January 4 : text", null)?.dateline.date).toBeNull();
  });
});
