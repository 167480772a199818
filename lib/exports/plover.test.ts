import { describe, expect, it } from "vitest";
import { EVENT_TYPES } from "@/lib/schema";
import { PLOVER_EVENT } from "./formats";
import { ploverJsonl, ploverRecords, QUAD_CODE } from "./plover";
import { ARTICLES, input } from "./test-fixture";

const texts = new Map(ARTICLES.map((a) => [a.id, a.text]));

describe("ploverJsonl", () => {
  const text = ploverJsonl(input());
  const records = text.split("\n").filter(Boolean).map((line) => JSON.parse(line));
  const record = (id: string) => records.find((r) => r.id === id)!;

  it("writes one record per dated event of a PLOVER type, one JSON object per line", () => {
    expect(text.endsWith("\n")).toBe(true);
    expect(records.map((r) => r.id)).toEqual(input().events.filter((e) => e.date && e.type !== "STATEMENT").map((e) => e.id));
    expect(records).toEqual(ploverRecords(input()));
  });

  it("has PLOVER's required fields in every record", () => {
    for (const r of records) {
      expect(r.id).toEqual(expect.any(String));
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.event).toHaveLength(1);
      expect(Object.keys(QUAD_CODE)).toContain(r.event[0]);
      expect(r.source).toEqual(expect.any(Array));
    }
  });

  it("gives offsets that slice the article text to the quoted passage, for every source", () => {
    for (const r of records) {
      for (const info of [r.text_info, ...(r.other_sources ?? []).map((o: { text_info: unknown }) => o.text_info)]) {
        expect(texts.get(info.article_id)!.slice(info.start, info.end)).toBe(info.quote);
      }
    }
    expect(record("2022-01-03-ministers-met").other_sources).toHaveLength(1);
  });

  it("cites the article: title, url, publisher, publication date", () => {
    expect(record("2022-01-03-ministers-met").cite_info).toMatchObject({ title: "Ministers meet", url: null, publication: null, published: "2022-01-03", citation: "a2" });
    expect(record("2022-01-03-ministers-met").other_sources[0].cite_info).toMatchObject({ title: 'Talks, "again" — a report', url: "https://news.example/a1?x=1&y=2", publication: "wire.example", published: "2022-01-05" });
  });

  it("codes actors: marked source and target, else the people named; country codes only when known", () => {
    expect(record("2014-crimea")).toMatchObject({ source: [{ code: "RUS", actor_text: "Russia" }], recipient: [{ code: "UKR", actor_text: "Ukraine" }], context: ["historical"], quad_code: 4, enddate: "2014-12-31" });
    expect(record("2022-01-03-ministers-met")).toMatchObject({
      source: [{ code: "USA", actor_text: "Antony Blinken", office: "Secretary of State" }, { code: "UKR", actor_text: "Dmytro Kuleba", office: "Foreign Minister" }],
      recipient: [], mode: "visit", event_text: ["met"], quad_code: 1,
    });
    expect(record("2022-01-03-ministers-met").enddate).toBeUndefined();
    expect(record("2021-12-envoys").source).toEqual([{ actor_text: "Envoy 😀", office: "Envoy" }]);
    expect(record("2022-q1-meeting")).toMatchObject({ context: ["future"], status: "scheduled", date_precision: "quarter", date_value: "2022-Q1" });
  });

  it("maps every event type: PLOVER's sixteen to themselves, STATEMENT to nothing", () => {
    for (const type of EVENT_TYPES) expect(PLOVER_EVENT[type]).toBe(type === "STATEMENT" ? null : type);
    for (const category of Object.values(PLOVER_EVENT)) if (category) expect(QUAD_CODE[category]).toBeDefined();
  });
});
