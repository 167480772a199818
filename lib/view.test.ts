import { describe, expect, it } from "vitest";
import type { Article, TimelineEvent } from "@/lib/schema";
import { buildEventView } from "@/lib/view";

const article = (id: string, title: string): Article => ({ id, file: `${id}.txt`, title, source: null, url: null, published: "2022-01-22", publishedBasis: "metadata", text: "Lavrov met Blinken." });

describe("an event view", () => {
  it("puts the sources' disagreements in words, with the articles that give each version", () => {
    const event: TimelineEvent = {
      id: "e", title: "Lavrov met Blinken", status: "occurred", type: "CONSULT", actors: [], location: "Geneva", confidence: 0.8,
      date: { value: "2022-01-21", start: "2022-01-21", end: "2022-01-21", precision: "day", expression: "January 21", basis: "explicit" },
      sources: [{ articleId: "w", start: 0, end: 19, quote: "Lavrov met Blinken." }],
      disagreements: [{ field: "date", versions: [{ value: "2022-01-21", articleIds: ["w"] }, { value: "2022-01-22", articleIds: ["p"] }] }],
    };
    const view = buildEventView(event, new Map([["w", article("w", "Wire")], ["p", article("p", "Paper")]]));
    expect(view.disagreements).toEqual([
      { field: "Date", versions: [{ label: "21 January 2022", articles: [{ id: "w", title: "Wire" }] }, { label: "22 January 2022", articles: [{ id: "p", title: "Paper" }] }] },
    ]);
  });
});

describe("previous and next", () => {
  it("links each event to its neighbours in time order, undated last", async () => {
    const { buildEventViews } = await import("@/lib/view");
    const base = { status: "occurred" as const, type: "CONSULT" as const, actors: [], location: null, confidence: 0.5, sources: [{ articleId: "w", start: 0, end: 19, quote: "Lavrov met Blinken." }] };
    const day = (d: string) => ({ value: d, start: d, end: d, precision: "day" as const, expression: null, basis: "explicit" as const });
    const views = buildEventViews({
      schemaVersion: 1,
      articles: [article("w", "Wire")],
      events: [
        { ...base, id: "c", title: "C", date: null },
        { ...base, id: "b", title: "B", date: day("2022-01-02") },
        { ...base, id: "a", title: "A", date: day("2022-01-01") },
      ],
    });
    expect(views.map((v) => [v.event.id, v.previous?.id ?? null, v.next?.id ?? null])).toEqual([["a", null, "b"], ["b", "a", "c"], ["c", "b", null]]);
  });
});
