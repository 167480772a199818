import { describe, expect, it } from "vitest";
import { eventsFileSchema, type EventsFile, type TimelineEvent } from "../../lib/schema";
import { escapeHtml, toTimelineJs } from "../../bench/timelinejs-data";

function event(id: string, date: TimelineEvent["date"], title = "Ministers met", quote = "The ministers met."): TimelineEvent {
  return { id, title, date, status: "occurred", type: "CONSULT", actors: [], location: null, sources: [{ articleId: "a", start: 0, end: quote.length, quote }], confidence: 0.9 };
}
const day = (start: string, end: string, precision: NonNullable<TimelineEvent["date"]>["precision"], value = start) => ({ value, start, end, precision, expression: null, basis: "explicit" as const });

const file: EventsFile = eventsFileSchema.parse({
  schemaVersion: 1,
  articles: [{ id: "a", file: "a.txt", title: "A", source: null, url: null, published: "2022-01-03", publishedBasis: "metadata", text: "The ministers met." }],
  events: [
    event("on-a-day", day("2022-01-03", "2022-01-03", "day")),
    event("in-a-week", day("2021-12-27", "2022-01-02", "week", "2021-W52")),
    event("in-a-month", day("2021-12-01", "2021-12-31", "month", "2021-12")),
    event("in-a-quarter", day("2022-01-01", "2022-03-31", "quarter", "2022-Q1")),
    event("in-a-year", day("2014-01-01", "2014-12-31", "year", "2014")),
    event("undated", null),
    event("with-markup", day("2022-01-04", "2022-01-04", "day"), `<img src=x onerror="alert(1)"> & co`, "Text with <b>tags</b> & 'quotes'"),
  ],
});

describe("toTimelineJs", () => {
  const { events } = toTimelineJs(file);

  it("gives every dated event TimelineJS's required fields: a start date with an integer year, and a unique id", () => {
    expect(events.map((e) => e.unique_id)).toEqual(["on-a-day", "in-a-week", "in-a-month", "in-a-quarter", "in-a-year", "with-markup"]);
    for (const slide of events) {
      expect(Number.isInteger(slide.start_date.year)).toBe(true);
      expect(slide.text.headline.length).toBeGreaterThan(0);
      expect(slide.display_date.length).toBeGreaterThan(0);
    }
    expect(new Set(events.map((e) => e.unique_id)).size).toBe(events.length);
  });

  it("keeps each date's precision: a day, TimelineJS's own month and year, weeks and quarters as the days they span", () => {
    const byId = Object.fromEntries(events.map((e) => [e.unique_id, e]));
    expect(byId["on-a-day"]).toMatchObject({ start_date: { year: 2022, month: 1, day: 3 } });
    expect(byId["on-a-day"]!.end_date).toBeUndefined();
    expect(byId["in-a-month"]!.start_date).toEqual({ year: 2021, month: 12 });
    expect(byId["in-a-year"]!.start_date).toEqual({ year: 2014 });
    expect(byId["in-a-week"]).toMatchObject({ start_date: { year: 2021, month: 12, day: 27 }, end_date: { year: 2022, month: 1, day: 2 } });
    expect(byId["in-a-quarter"]).toMatchObject({ start_date: { year: 2022, month: 1, day: 1 }, end_date: { year: 2022, month: 3, day: 31 } });
  });

  it("leaves out undated events (TimelineJS has no place for them)", () => {
    expect(events.some((e) => e.unique_id === "undated")).toBe(false);
  });

  it("escapes headlines and passages, which TimelineJS renders as HTML, so they show as text", () => {
    const slide = events.find((e) => e.unique_id === "with-markup")!;
    expect(slide.text.headline).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co");
    expect(slide.text.text).toBe("Text with &lt;b&gt;tags&lt;/b&gt; &amp; &#39;quotes&#39;");
    expect(escapeHtml("plain")).toBe("plain");
  });
});
