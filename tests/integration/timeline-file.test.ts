/**
 * The timeline file (lib/timeline-file.ts) on real data: the seeds, extracted here (a fresh clone
 * has no data/generated/ before the build), give back exactly the entries the pages would carry.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractEvents } from "../../pipeline/extract";
import { decodeTimeline, encodeTimeline } from "../../lib/timeline-file";
import { timelineEntriesOf } from "../../lib/timeline-entry";

describe("the timeline file on the seeds", () => {
  it("gives back the seeds' entries exactly as the pages carry them, and the articles they quote", () => {
    const { eventsFile, problems } = extractEvents(join(import.meta.dirname, "../../data/articles"));
    expect(problems).toEqual([]);
    const entries = timelineEntriesOf(eventsFile);
    const articles = eventsFile.articles;
    expect(entries.length).toBeGreaterThan(0);
    const decoded = decodeTimeline(JSON.parse(JSON.stringify(encodeTimeline(entries))));
    expect(decoded.entries).toEqual(entries);
    const quoted = new Set(entries.flatMap((e) => e.articleIds));
    expect(decoded.articles.map((a) => a.id).sort()).toEqual(articles.map((a) => a.id).filter((id) => quoted.has(id)).sort());
    expect(decoded.articles.every((a) => a.title === "")).toBe(true);
  });

});
