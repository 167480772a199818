import { describe, expect, it } from "vitest";
import { articleIdFromPath, articlePageLimit, prerenderedArticleIds, SHELL_ID, type ArticleRank } from "@/lib/article-pages";

const rank = (id: string, quotedBy: number, onEventPage = false): ArticleRank => ({ id, quotedBy, onEventPage });

describe("article pages at build time", () => {
  const articles = [rank("a", 0), rank("b", 3), rank("c", 1, true), rank("d", 5), rank("e", 3), rank("f", 2, true)];

  it("prerenders every article up to the limit", () => {
    expect(prerenderedArticleIds(articles, 6)).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(prerenderedArticleIds([], 0)).toEqual([]);
  });

  it("past it, keeps only the articles the prerendered event pages quote, in the events file's order", () => {
    expect(prerenderedArticleIds(articles, 5)).toEqual(["c", "f"]);
    expect(prerenderedArticleIds(articles, 2)).toEqual(["c", "f"]);
  });

  it("the most quoted of them first, the first in the file among equals, when they are more than the limit", () => {
    expect(prerenderedArticleIds(articles, 1)).toEqual(["f"]);
    const quoted = [rank("a", 1, true), rank("b", 3, true), rank("c", 1, true), rank("d", 9)];
    expect(prerenderedArticleIds(quoted, 2)).toEqual(["a", "b"]);
    expect(prerenderedArticleIds(quoted, 0)).toEqual([]);
  });

  it("refuses an article whose id names the shell page", () => {
    expect(() => prerenderedArticleIds([rank(SHELL_ID, 1)], 5)).toThrow(/app-shell/);
  });

  it("reads the limit from TIMELINE_ARTICLE_PAGES, refusing what is not a whole number", () => {
    expect(articlePageLimit({})).toBe(1000);
    expect(articlePageLimit({ TIMELINE_ARTICLE_PAGES: "" })).toBe(1000);
    expect(articlePageLimit({ TIMELINE_ARTICLE_PAGES: "12" })).toBe(12);
    expect(() => articlePageLimit({ TIMELINE_ARTICLE_PAGES: "some" })).toThrow(/whole number/);
    expect(() => articlePageLimit({ TIMELINE_ARTICLE_PAGES: "2.5" })).toThrow(/whole number/);
    expect(() => articlePageLimit({ TIMELINE_ARTICLE_PAGES: "-3" })).toThrow(/whole number/);
  });
});

describe("the article an address names", () => {
  it("reads the id of /articles/<id>/, decoded, with or without the last slash", () => {
    expect(articleIdFromPath("/articles/000-abc/")).toBe("000-abc");
    expect(articleIdFromPath("/articles/000-abc")).toBe("000-abc");
    expect(articleIdFromPath("/articles/caf%C3%A9/")).toBe("café");
  });

  it("is null for other addresses and for malformed escapes", () => {
    for (const path of [null, "/", "/articles/", "/articles/a/b/", "/events/a/", "/data/articles/a.json", "/articles/%E0%A4%A/"]) expect(articleIdFromPath(path)).toBeNull();
  });
});
