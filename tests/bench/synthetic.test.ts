import { describe, expect, it } from "vitest";
import { eventsFileSchema, type EventsFile, type TimelineEvent } from "../../lib/schema";
import { sample, synthesize } from "../../bench/synthetic";

const article = (id: string) => ({ id, file: `${id}.txt`, title: id, source: null, url: null, published: "2022-01-03", publishedBasis: "metadata" as const, text: "The ministers met." });
const event = (i: number): TimelineEvent => ({
  id: `e${i}`,
  title: `Event ${i}`,
  date: { value: `2022-01-${String(i + 1).padStart(2, "0")}`, start: `2022-01-${String(i + 1).padStart(2, "0")}`, end: `2022-01-${String(i + 1).padStart(2, "0")}`, precision: "day", expression: null, basis: "explicit" },
  status: "occurred",
  type: "CONSULT",
  actors: [],
  location: null,
  sources: [{ articleId: `a${i}`, start: 0, end: 18, quote: "The ministers met." }],
  confidence: 0.9,
});
const base: EventsFile = { schemaVersion: 1, articles: Array.from({ length: 10 }, (_, i) => article(`a${i}`)), events: Array.from({ length: 10 }, (_, i) => event(i)) };

describe("sample", () => {
  it("takes real events spread over the whole file, and only the articles they name", () => {
    const made = eventsFileSchema.parse(sample(base, 4));
    expect(made.events.map((e) => e.id)).toEqual(["e0", "e2", "e5", "e7"]);
    expect(made.articles.map((a) => a.id)).toEqual(["a0", "a2", "a5", "a7"]);
  });
  it("refuses to make more events than the file has (that is what synthesize's copies are for)", () => {
    expect(() => sample(base, 11)).toThrow(/cannot sample 11 events from 10/);
    expect(synthesize(base, 11).events).toHaveLength(11);
  });
});
