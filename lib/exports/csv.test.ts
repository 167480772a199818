import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, eventsCsv } from "./csv";
import { EVENTS, eventById, input } from "./test-fixture";

type Row = Record<(typeof CSV_COLUMNS)[number], string>;
const rows = (text: string): Row[] => parse(text, { bom: true, columns: true, relax_column_count: false });

describe("eventsCsv", () => {
  const text = eventsCsv(input());

  it("writes one row per event, dated or not, with a header of the documented columns", () => {
    expect(text.startsWith("\ufeffid,title,")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    const parsed = rows(text);
    expect(parsed).toHaveLength(EVENTS.length);
    expect(Object.keys(parsed[0]!)).toEqual([...CSV_COLUMNS]);
  });

  it("round-trips headlines with commas, quotes, semicolons and line breaks", () => {
    const talks = rows(text).find((r) => r.id === "2021-w52-talks")!;
    expect(talks.title).toBe(eventById("2021-w52-talks").title);
    expect(talks.date_label).toBe("Week of 27 December 2021 – 2 January 2022");
    expect(talks.source_passages).toBe('Officials said "talks, again" were planned for next week; nothing more.');
  });

  it("neutralises a headline that a spreadsheet would run as a formula", () => {
    expect(rows(text).find((r) => r.id === "2022-q1-meeting")!.title).toBe(`'${eventById("2022-q1-meeting").title}`);
  });

  it("joins the sources one line per source, in the same order in every source column", () => {
    const met = rows(text).find((r) => r.id === "2022-01-03-ministers-met")!;
    expect(met.source_count).toBe("2");
    expect(met.source_article_ids.split("\n")).toEqual(["a2", "a1"]);
    expect(met.source_titles.split("\n")).toEqual(["Ministers meet", 'Talks, "again" — a report']);
    expect(met.source_urls.split("\n")).toEqual(["–", "https://news.example/a1?x=1&y=2"]);
    expect(met.source_published.split("\n")).toEqual(["2022-01-03", "2022-01-05"]);
    expect(met.source_passages.split("\n")).toEqual(eventById("2022-01-03-ministers-met").sources.map((s) => s.quote));
    expect(met.actors).toBe("Antony Blinken; Dmytro Kuleba; Ukraine");
    expect(met.actor_countries).toBe("USA; UKR");
    expect(met.event_url).toBe("https://timeline.example.org/events/2022-01-03-ministers-met/");
  });

  it("keeps the passage of an article with a line break in it on one line", () => {
    const crimea = rows(text).find((r) => r.id === "2014-crimea")!;
    expect(crimea.source_passages).toBe("In 2014, Moscow annexed Crimea.");
  });

  it("leaves the date cells empty for an undated event, and the link out without a site address", () => {
    const undated = rows(eventsCsv(input(null))).find((r) => r.id === "undated-agreement")!;
    expect(undated).toMatchObject({ date_start: "", date_end: "", date_precision: "", date_label: "", event_url: "" });
  });

  it("is the same text for the same input", () => {
    expect(eventsCsv(input())).toBe(text);
  });
});
