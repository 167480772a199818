import { describe, expect, it } from "vitest";
import { escapeHtml, timelineJs, timelineJsJson, TITLE_SLIDE_ID } from "./timelinejs";
import { input } from "./test-fixture";

describe("timelineJs", () => {
  const file = timelineJs(input());
  const slide = (id: string) => file.events.find((e) => e.unique_id === id)!;

  it("has a title slide and one slide per dated event, ids from the events", () => {
    expect(file.title).toMatchObject({ unique_id: TITLE_SLIDE_ID, text: { headline: "Diplomatic Timeline" } });
    expect(file.title.text.text).toBe("<p>6 dated events from 2 articles.</p>");
    expect(file.events.map((e) => e.unique_id)).toEqual(input().events.filter((e) => e.date).map((e) => e.id));
  });

  it("gives dates as far as their precision goes", () => {
    expect(slide("2014-crimea")).toMatchObject({ start_date: { year: 2014 } });
    expect(slide("2014-crimea").start_date).toEqual({ year: 2014 });
    expect(slide("2014-crimea").end_date).toBeUndefined();
    expect(slide("2021-12-envoys").start_date).toEqual({ year: 2021, month: 12 });
    expect(slide("2022-01-03-ministers-met").start_date).toEqual({ year: 2022, month: 1, day: 3 });
    expect(slide("2022-01-03-ministers-met").end_date).toBeUndefined();
    expect(slide("2021-w52-talks")).toMatchObject({
      start_date: { year: 2021, month: 12, day: 27 }, end_date: { year: 2022, month: 1, day: 2 }, display_date: "Week of 27 December 2021 – 2 January 2022",
    });
    expect(slide("2022-q1-meeting")).toMatchObject({ start_date: { year: 2022, month: 1, day: 1 }, end_date: { year: 2022, month: 3, day: 31 }, display_date: "Q1 2022" });
  });

  it("escapes article text, which TimelineJS reads as HTML, and links only safe addresses", () => {
    expect(slide("2022-q1-meeting").text.headline).toBe("=HYPERLINK(&quot;x&quot;) &lt;b&gt;meeting&lt;/b&gt;");
    const met = slide("2022-01-03-ministers-met").text.text;
    expect(met).toContain("<blockquote>“The ministers met on Monday.”</blockquote>");
    expect(met).toContain('<a href="https://news.example/a1?x=1&amp;y=2">Talks, &quot;again&quot; — a report</a>, wire.example, 2022-01-05');
    expect(met).toContain('<a href="https://timeline.example.org/events/2022-01-03-ministers-met/">');
    expect(timelineJs(input(null)).events.every((e) => !e.text.text.includes("timeline.example.org"))).toBe(true);
  });

  it("puts each event in its lane as a group, escaped twice (TimelineJS unescapes a group once)", () => {
    expect(slide("2014-crimea").group).toBe("Coerce");
    const lanes = new Map([["2014-crimea", "<i>A & B</i>"]]);
    expect(timelineJs({ ...input(), laneOf: lanes }).events[0]!.group).toBe(escapeHtml(escapeHtml("<i>A & B</i>")));
    expect(timelineJs({ ...input(), laneOf: undefined }).events.every((e) => e.group === undefined)).toBe(true);
  });

  it("is written as two-space JSON with a final newline, the same every time", () => {
    const text = timelineJsJson(input());
    expect(JSON.parse(text)).toEqual(file);
    expect(text.endsWith("}\n")).toBe(true);
    expect(timelineJsJson(input())).toBe(text);
  });
});
