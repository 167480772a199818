import { describe, expect, it } from "vitest";
import type { Article, TimelineEvent } from "@/lib/schema";
import { fromShardEvent, shardCount, shardOf, toShardEvent } from "@/lib/event-shards";

describe("event shards", () => {
  it("gives about 128 events a shard, at least one", () => {
    expect(shardCount(0)).toBe(1);
    expect(shardCount(8)).toBe(1);
    expect(shardCount(129)).toBe(2);
    expect(shardCount(100_000)).toBe(782);
  });

  it("puts an id in the same shard every time, spread evenly over the shards", () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `2022-01-${String((i % 28) + 1).padStart(2, "0")}-event-${i}`);
    expect(ids.map((id) => shardOf(id, 50))).toEqual(ids.map((id) => shardOf(id, 50)));
    const sizes = new Array<number>(50).fill(0);
    for (const id of ids) sizes[shardOf(id, 50)]!++;
    expect(Math.min(...sizes)).toBeGreaterThan(300);
    expect(Math.max(...sizes)).toBeLessThan(500);
    // FNV-1a's published test vector ("a" → 0xe40c292c), so a change of hash is seen.
    expect(shardOf("a", 1_000_000_000)).toBe(0xe40c292c % 1_000_000_000);
    expect(shardOf("2022-01-03-blinken-met-lavrov", 1000)).toBe(35);
  });
});

describe("an event in its shard", () => {
  const text = "Alpha met Beta. Gamma left.";
  const article: Article = { id: "a", file: "a.txt", title: "A", source: null, url: null, published: null, publishedBasis: null, text };
  const event: TimelineEvent = {
    id: "e", title: "Alpha met Beta", date: null, status: "occurred", type: "CONSULT", actors: [], location: null, confidence: 1,
    sources: [
      { articleId: "a", start: 0, end: 15, quote: "Alpha met Beta.", marks: [{ start: 6, end: 9, kind: "trigger" }] },
      { articleId: "gone", start: 0, end: 4, quote: "Else" },
    ],
  };

  it("goes without its quotes, which come back from the articles' text", () => {
    const shard = toShardEvent(event);
    expect(JSON.stringify(shard)).not.toContain("quote");
    expect(fromShardEvent(shard, new Map([["a", article]]))).toEqual({ ...event, sources: [event.sources[0], { ...event.sources[1], quote: "" }] });
  });
});
