import { describe, expect, it } from "vitest";
import type { Article, TimelineEvent } from "@/lib/schema";
import { highlightArticle } from "@/lib/article-highlights";

const text = "Alpha one. Beta two three. Gamma four.";
const article: Article = { id: "a", file: "a.txt", title: "A", source: null, url: null, published: null, publishedBasis: null, text };

function event(id: string, ranges: [number, number][]): TimelineEvent {
  return {
    id, title: id, date: null, status: "occurred", type: "CONSULT", actors: [], location: null, confidence: 1,
    sources: ranges.map(([start, end]) => ({ articleId: "a", start, end, quote: text.slice(start, end) })),
  };
}

describe("highlightArticle", () => {
  it("keeps the text intact and highlights each passage with its anchor and event", () => {
    const runs = highlightArticle(article, [event("e1", [[11, 26]])]);
    expect(runs.map((r) => (r.kind === "text" ? r.text : r.pieces.map((p) => p.text).join(""))).join("")).toBe(text);
    const passage = runs.find((r) => r.kind === "passage");
    expect(passage).toMatchObject({ pieces: [{ anchors: ["passage-11-26"], text: "Beta two three." }], events: [{ id: "e1" }] });
  });

  it("merges overlapping passages of several events, keeping every anchor", () => {
    const runs = highlightArticle(article, [event("e1", [[11, 26]]), event("e2", [[16, 38]]), event("e3", [[11, 26]])]);
    const passages = runs.filter((r) => r.kind === "passage");
    expect(passages).toHaveLength(1);
    const [p] = passages;
    if (p?.kind !== "passage") throw new Error("expected a passage");
    expect(p.pieces.flatMap((x) => x.anchors)).toEqual(["passage-11-26", "passage-16-38"]);
    expect(p.events.map((e) => e.id)).toEqual(["e1", "e3", "e2"]);
  });
});
