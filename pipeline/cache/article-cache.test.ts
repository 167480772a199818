import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractEvents } from "../extract";
import { ArticleCache } from "./article-cache";

describe("the article cache", () => {
  it("redoes only the article that changed, and gives the same events as no cache", () => {
    const dir = mkdtempSync(join(tmpdir(), "cache-in-"));
    const cacheFile = join(mkdtempSync(join(tmpdir(), "cache-")), "events.json");
    writeFileSync(join(dir, "a.md"), "---\npublished: 2022-01-05\n---\nLavrov met Blinken in Geneva on Monday.\n");
    writeFileSync(join(dir, "b.md"), "---\npublished: 2022-01-05\n---\nMacron called Scholz on Tuesday.\n");
    writeFileSync(join(dir, "c.md"), "---\npublished: 2022-01-05\n---\nNATO warned Russia on Sunday.\n");

    const first = new ArticleCache(true, cacheFile);
    const uncached = extractEvents(dir, { cache: first });
    expect([first.hits, first.misses]).toEqual([0, 3]);
    first.save();

    writeFileSync(join(dir, "b.md"), "---\npublished: 2022-01-05\n---\nMacron called Scholz on Wednesday.\n");
    const second = new ArticleCache(true, cacheFile);
    const cached = extractEvents(dir, { cache: second });
    expect([second.hits, second.misses]).toEqual([2, 1]);
    expect(JSON.stringify(cached.eventsFile)).toBe(JSON.stringify(extractEvents(dir).eventsFile));
    expect(cached.eventsFile.events.map((e) => e.date?.value)).toContain("2022-01-05");
    expect(uncached.eventsFile.events.map((e) => e.date?.value)).toContain("2022-01-04");

    const ignored = new ArticleCache(false, cacheFile);
    extractEvents(dir, { cache: ignored });
    expect([ignored.hits, ignored.misses]).toEqual([0, 3]);
  });
});
