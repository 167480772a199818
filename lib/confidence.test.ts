import { describe, expect, it } from "vitest";
import { CONFIDENCE_WEIGHTS, confidenceLevel, confidenceOf, confidenceParts } from "@/lib/confidence";
import type { EventSupport } from "@/lib/schema";

const none: EventSupport = { date: null, assertedAct: false, personNamed: false, articles: 1 };
const full: EventSupport = { date: "text", assertedAct: true, personNamed: true, articles: 1 };

describe("confidence", () => {
  it("gives the values docs/dates.md lists", () => {
    expect(confidenceOf(none)).toBe(0.4);
    expect(confidenceOf(full)).toBe(0.8);
    expect(confidenceOf({ ...full, articles: 2 })).toBe(0.88);
    expect(confidenceOf({ ...full, articles: 3 })).toBe(0.95);
    expect(confidenceOf({ ...full, articles: 9 })).toBe(0.95);
    expect(confidenceOf({ ...none, date: "publication" })).toBe(0.5);
  });

  it("is the start plus its parts, so the panel's terms add up to the number", () => {
    for (const support of [none, full, { ...full, date: "publication" as const, articles: 2 }, { ...none, personNamed: true, articles: 5 }]) {
      const sum = [CONFIDENCE_WEIGHTS.start, ...Object.values(confidenceParts(support))].reduce((a, b) => a + b, 0);
      expect(Math.abs(confidenceOf(support) - sum)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
    // 0.775 rounds up, as written, not down as its binary sum would.
    expect(confidenceOf({ ...full, date: "publication", articles: 2 })).toBe(0.78);
  });

  it("has a word for each range", () => {
    expect([0.4, 0.59, 0.6, 0.79, 0.8, 0.95].map(confidenceLevel)).toEqual(["low", "low", "medium", "medium", "high", "high"]);
  });
});
