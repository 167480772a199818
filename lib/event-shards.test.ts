import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "@/lib/schema";
import { shardCount, shardOf, toShardEvent } from "@/lib/event-shards";

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
  const event: TimelineEvent = {
    id: "e", title: "Alpha met Beta", date: null, status: "occurred", type: "CONSULT", actors: [], location: null, confidence: 1,
    sources: [
      { articleId: "a", start: 0, end: 15, quote: "Alpha met Beta.", marks: [{ start: 6, end: 9, kind: "trigger" }] },
      { articleId: "gone", start: 0, end: 4, quote: "Else" },
    ],
  };

  it("keeps each source's quote and marks, without the W3C selector that repeats the quote", () => {
    const withSelector: TimelineEvent = { ...event, sources: [{ ...event.sources[0]!, selector: [{ type: "TextQuoteSelector", exact: "Alpha met Beta.", prefix: "", suffix: " Gamma" }] as never }, event.sources[1]!] };
    const shard = toShardEvent(withSelector);
    expect(JSON.stringify(shard)).not.toContain("selector");
    expect(shard).toEqual(event);
  });
});
