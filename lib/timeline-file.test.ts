import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeTimeline, decodeTimelineInSlices, encodeTimeline, idCode, idFromCode } from "@/lib/timeline-file";
import type { TimelineEntry } from "@/lib/view";
import { formatDay } from "@/lib/format";

const entry = (id: string, start: string | null, extra: Partial<TimelineEntry> = {}): TimelineEntry => ({
  id,
  title: `Headline of ${id}`,
  type: "CONSULT",
  status: "occurred",
  date: start ? { start, end: start, precision: "day" } : null,
  dateShort: null,
  unresolvedDate: null,
  actors: ["Antony Blinken"],
  articleIds: ["a1"],
  countries: ["United States"],
  ...extra,
});

describe("the timeline file", () => {
  it("keeps spans, precisions, undated events with their reason, and empty lists", () => {
    const entries = [
      entry("dec", "2021-12-01", { date: { start: "2021-12-01", end: "2021-12-31", precision: "month" }, dateShort: "December 2021", status: "background", actors: [], countries: [] }),
      entry("w1", "2022-01-03", { date: { start: "2022-01-03", end: "2022-01-09", precision: "week" }, dateShort: "Week of 3 Jan 2022", type: "THREATEN", status: "scheduled" }),
      entry("undated", null, { unresolvedDate: { expression: "last Monday", articleId: "a1", reason: "no publication date" }, articleIds: ["a1", "a2"] }),
    ];
    const decoded = decodeTimeline(JSON.parse(JSON.stringify(encodeTimeline(entries))));
    expect(decoded.entries).toEqual(entries);
  });

  it("writes an id as the difference from what its date and headline give, and reads every kind back", () => {
    const day = { start: "2022-01-03", precision: "day" } as const;
    const week = { start: "2021-12-27", precision: "week" } as const;
    const cases = [
      ["2022-01-03-blinken-met-lavrov", "Blinken met Lavrov", day, ""],
      ["2021-w52-putin-warned-biden", "Putin warned Biden", week, ""],
      ["2021-q4-talks", "Talks", { start: "2021-10-01", precision: "quarter" }, ""],
      ["2021-12-talks", "Talks", { start: "2021-12-01", precision: "month" }, ""],
      ["1902-talks", "Talks", { start: "1902-01-01", precision: "year" }, ""],
      ["undated-talks", "Talks", null, ""],
      ["2022-01-03-blinken-met-lavrov-2", "Blinken met Lavrov", day, "2022-01-03-*-2"],
      ["2022-01-02-blinken-met-lavrov", "Blinken met Lavrov", day, "2022-01-02-*"],
      ["an-id-kept-from-an-earlier-wording", "Blinken met Lavrov", day, "an-id-kept-from-an-earlier-wording"],
      ["odd*id", "Talks", day, "=odd*id"],
      ["=odd", "Talks", day, "==odd"],
    ] as const;
    for (const [id, title, date, code] of cases) {
      expect(idCode(id, title, date), id).toBe(code);
      expect(idFromCode(idCode(id, title, date), title, date), id).toBe(id);
    }
  });

  it("decodes the same in slices, giving the event loop turns between them", async () => {
    const entries = Array.from({ length: 3000 }, (_, i) => {
      const day = new Date(Date.UTC(2020, 0, 1 + Math.floor(i / 3))).toISOString().slice(0, 10);
      return entry(`${day}-event-${i}`, day, { title: `Event ${i}`, dateShort: formatDay(day, true) });
    });
    const encoded = JSON.parse(JSON.stringify(encodeTimeline(entries))) as ReturnType<typeof encodeTimeline>;
    let turns = 0;
    let counting = true;
    const count = () => {
      if (!counting) return;
      turns++;
      setImmediate(count);
    };
    setImmediate(count);
    // A slice of 0 ms: a pause point every 256 entries, so other work gets turns in between.
    const sliced = await decodeTimelineInSlices(encoded, 0);
    counting = false;
    expect(sliced).toEqual(decodeTimeline(encoded));
    expect(sliced.entries).toEqual(entries);
    expect(turns).toBeGreaterThanOrEqual(Math.floor(3000 / 256));
  });

  it("refuses a file of another version", () => {
    const encoded = encodeTimeline([]);
    expect(() => decodeTimeline({ ...encoded, v: 2 } as never)).toThrow(/version 2/);
  });

  it("costs well under 60 bytes per event gzip on a realistic corpus", () => {
    // 5,000 events over 10 years, 300 actors and 2,000 articles, headlines of a dozen words.
    const words = ["talks", "minister", "sanctions", "met", "called", "ceasefire", "border", "troops", "summit", "warned", "Kyiv", "Moscow"];
    const entries = Array.from({ length: 5000 }, (_, i) => {
      const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(i * 0.73) * 86_400_000).toISOString().slice(0, 10);
      const title = Array.from({ length: 12 }, (_, k) => words[(i * 7 + k * 13 + (i >> k)) % words.length]).join(" ");
      return entry(`${day}-${title.replaceAll(" ", "-").slice(0, 60)}`, day, {
        title,
        dateShort: null,
        actors: [`Actor ${i % 300}`, `Actor ${(i * 31) % 300}`],
        articleIds: [`article-${Math.floor(i / 2.5)}`],
        countries: [`Country ${i % 40}`],
      });
    });
    const bytes = gzipSync(JSON.stringify(encodeTimeline(entries))).length;
    expect(bytes / entries.length).toBeLessThan(60);
  });
});
