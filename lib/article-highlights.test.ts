import { describe, expect, it } from "vitest";
import type { Article, TimelineEvent } from "@/lib/schema";
import { highlightArticle as highlightQuoting, listArticleEvents as listQuoting, numberedPassages as numberedQuoting } from "@/lib/article-highlights";
import { quotingEvent } from "@/lib/article-reading";

const text = "Alpha one. Beta two three. Gamma four.";
const article: Article = { id: "a", file: "a.txt", title: "A", source: null, url: null, published: null, publishedBasis: null, text };

function event(id: string, ranges: [number, number][]): TimelineEvent {
  return {
    id, title: id, date: null, status: "occurred", type: "CONSULT", actors: [], location: null, confidence: 1,
    sources: ranges.map(([start, end]) => ({ articleId: "a", start, end, quote: text.slice(start, end) })),
  };
}

// The page gets each event as it quotes the article (lib/article-reading.ts): tested from whole events.
const highlightArticle = (a: Article, events: TimelineEvent[]) => highlightQuoting(a, events.map((e) => quotingEvent(e, a.id)));
const listArticleEvents = (a: Article, events: TimelineEvent[]) => listQuoting(a, events.map((e) => quotingEvent(e, a.id)));
const numberedPassages = (a: Article, e: TimelineEvent) => numberedQuoting(a, quotingEvent(e, a.id));

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

describe("pieces and the passage a highlight opens with", () => {
  it("cuts a merged highlight where passages start and end, naming the events that quote each piece", () => {
    const runs = highlightArticle(article, [event("e1", [[11, 26]]), event("e2", [[16, 38]])]);
    const p = runs.find((r) => r.kind === "passage");
    if (p?.kind !== "passage") throw new Error("expected a passage");
    expect(p.pieces).toEqual([
      { anchors: ["passage-11-26"], text: "Beta ", eventIds: ["e1"] },
      { anchors: ["passage-16-38"], text: "two three.", eventIds: ["e1", "e2"] },
      { anchors: [], text: " Gamma four.", eventIds: ["e2"] },
    ]);
    expect(p.first).toEqual({ anchor: "passage-11-26", number: 1, eventTitle: "e1" });
  });

  it("numbers a highlight's lead passage as its event's passages are numbered", () => {
    const runs = highlightArticle(article, [event("e1", [[27, 38], [0, 10]])]);
    const firsts = runs.flatMap((r) => (r.kind === "passage" ? [r.first] : []));
    expect(firsts).toEqual([
      { anchor: "passage-0-10", number: 1, eventTitle: "e1" },
      { anchor: "passage-27-38", number: 2, eventTitle: "e1" },
    ]);
  });
});

describe("numberedPassages", () => {
  it("lists an event's passages in this article in reading order, once each, skipping other articles and empty ranges", () => {
    const e = event("e1", [[27, 38], [0, 10], [27, 38], [5, 5]]);
    e.sources.push({ articleId: "other", start: 0, end: 4, quote: "Alph" });
    expect(numberedPassages(article, e)).toEqual([
      { start: 0, end: 10, anchor: "passage-0-10", number: 1 },
      { start: 27, end: 38, anchor: "passage-27-38", number: 2 },
    ]);
  });

  it("clamps offsets past the end of the text but keeps the source's own anchor (the one the panel links to)", () => {
    expect(numberedPassages(article, event("e1", [[27, 99]]))).toEqual([{ start: 27, end: 38, anchor: "passage-27-99", number: 1 }]);
  });
});

describe("listArticleEvents", () => {
  it("lists every event that quotes the article, in the order its first passage appears", () => {
    const late = event("late", [[27, 38]]);
    const early = event("early", [[11, 26], [0, 10]]);
    const elsewhere: TimelineEvent = { ...event("elsewhere", []), sources: [{ articleId: "other", start: 0, end: 5, quote: "Alpha" }] };
    const list = listArticleEvents(article, [late, elsewhere, early]);
    expect(list.map((e) => e.id)).toEqual(["early", "late"]);
    expect(list[0]?.passages.map((p) => [p.anchor, p.number])).toEqual([["passage-0-10", 1], ["passage-11-26", 2]]);
  });

  it("keeps an event whose passages cannot be placed, last and without passage links", () => {
    const unplaced = event("unplaced", [[50, 60]]);
    const list = listArticleEvents(article, [unplaced, event("placed", [[0, 10]])]);
    expect(list.map((e) => [e.id, e.passages.length])).toEqual([["placed", 1], ["unplaced", 0]]);
  });

  it("is empty for an article no event quotes", () => {
    expect(listArticleEvents(article, [])).toEqual([]);
  });
});
