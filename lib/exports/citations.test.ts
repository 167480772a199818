import { describe, expect, it } from "vitest";
import type { Article } from "@/lib/schema";
import { testEntry } from "@/lib/test-entry";
import { citationShardOf, citationShards, fromCitation } from "./citations";
import { citationShardPath, wholeExportPath } from "@/lib/data-files";
import { laneLabels } from "./lanes";

const article = (i: number): Article => ({
  id: `art-${i}`, file: `${i}.md`, title: `Title ${i}`, source: i % 2 ? "wire.example" : null, url: i % 3 ? null : `https://news.example/${i}`,
  published: "2022-01-03", publishedBasis: "metadata", text: "not in a citation",
});

describe("citation shards", () => {
  it("put every cited article, and only those, in the shard its id names, without its text", () => {
    const articles = Array.from({ length: 300 }, (_, i) => article(i));
    const cited = new Set(articles.filter((_, i) => i % 5 !== 0).map((a) => a.id));
    const shards = citationShards(articles, cited);
    expect(shards).toHaveLength(2);
    expect(shards.flat()).toHaveLength(cited.size);
    for (const [n, shard] of shards.entries()) for (const citation of shard) expect(citationShardOf(citation[0], cited.size)).toBe(n);
    const first = shards.flat().find((c) => c[0] === "art-3")!;
    expect(fromCitation(first)).toEqual({ id: "art-3", title: "Title 3", source: "wire.example", url: "https://news.example/3", published: "2022-01-03" });
    expect(JSON.stringify(shards)).not.toContain("not in a citation");
  });
});

describe("laneLabels", () => {
  it("names each event's first lane as the chart lays them out, and none without lanes", () => {
    const entries = [testEntry("a", { countries: ["Ukraine", "Russia"] }), testEntry("b", { countries: ["Russia"] }), testEntry("c")];
    expect(laneLabels(entries, "country")).toEqual(new Map([["a", "Russia"], ["b", "Russia"], ["c", "No country named"]]));
    expect(laneLabels(entries, "type")).toEqual(new Map([["a", "Consult"], ["b", "Consult"], ["c", "Consult"]]));
    expect(laneLabels(entries, "none").size).toBe(0);
  });
});

describe("export addresses under a base path", () => {
  it("put the base path before the citation shards and the whole-collection files", () => {
    expect(citationShardPath(3, "/timeline")).toBe("/timeline/data/exports/articles/3.json");
    expect(wholeExportPath("events.csv", "/timeline")).toBe("/timeline/data/exports/events.csv");
    expect(wholeExportPath("events.csv", "")).toBe("/data/exports/events.csv");
  });
});
