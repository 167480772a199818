/**
 * Issue 7: the article formats read from real files (tests/fixtures/ingest/), as CONTRACT.md and the
 * issue describe them. Saved web pages: the body by Readability without navigation, asides and
 * footers; title, byline, publication day (article:published_time, else JSON-LD datePublished, else
 * <time>), canonical URL (else og:url), site name. .jsonl collections and .md/.txt front matter.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFolder } from "./index";

const FIXTURES = join(import.meta.dirname, "../../tests/fixtures/ingest");
const { articles, problems, files } = ingestFolder(FIXTURES);
const byFile = (file: string) => articles.filter((a) => a.file === file);
const one = (file: string) => {
  const [article, ...more] = byFile(file);
  expect(more).toEqual([]);
  return article!;
};

describe("the article formats, on fixture files", () => {
  it("reads every fixture without a problem or warning", () => {
    expect(problems).toEqual([]);
    expect(files.map((f) => [f.file, f.warnings])).toEqual(files.map((f) => [f.file, []]));
  });

  it("takes a saved page's body, title, byline, JSON-LD day, canonical URL and site name, and leaves out its navigation, asides and footer", () => {
    const page = one("saved-page.html");
    expect(page).toMatchObject({
      title: "Envoys agree to resume talks",
      byline: "Maria Lopez",
      published: "2022-02-10",
      publishedBasis: "metadata",
      url: "https://news.example.org/world/2022/02/10/envoys-resume-talks",
      source: "Example News",
    });
    expect(page.text).toContain("Envoys from both countries met in Geneva on Thursday");
    expect(page.text).toContain("focus on arms control");
    for (const left of ["World", "Business", "Read more", "Markets slide", "Most read", "Celebrity chef", "Copyright", "Privacy"]) expect(page.text).not.toContain(left);
  });

  it("dates a page by its <time> when it has no metadata, and takes og:url and a byline element", () => {
    expect(one("time-only.html")).toMatchObject({
      title: "Ministers warn of new sanctions",
      byline: "John Smith, Diplomatic Correspondent",
      published: "2022-03-01",
      url: "https://wire.example.net/stories/ministers-warn",
    });
    expect(one("time-only.html").text).not.toMatch(/Home|Latest|Terms of use/);
  });

  it("prefers article:published_time to a <time> in the text, as the publisher's own day", () => {
    const page = one("published-meta.html");
    expect(page).toMatchObject({ published: "2022-01-12", url: "https://daily.example.com/talks-end" });
    expect(page).not.toHaveProperty("byline");
    expect(page.text).not.toContain("Advertisement");
  });

  it("reads a .jsonl collection, one article per line, every field optional but the text", () => {
    expect(byFile("collection.jsonl").map((a) => [a.id, a.title, a.published, a.source, a.url])).toEqual([
      ["collection-w-101", "Leaders hold a call", "2022-01-06", "Wire", "https://wire.example.net/w-101"],
      ["collection-line-2", "Officials met in Geneva on Monday, according to a statement.", null, null, null],
    ]);
  });

  it("reads YAML front matter in .md and .txt files", () => {
    expect(one("front-matter.md")).toMatchObject({ title: "Blinken and Lavrov meet in Geneva", published: "2022-01-21", publishedBasis: "metadata", source: "Example Wire", url: "https://example.org/geneva", text: "Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva on Friday." });
    expect(one("front-matter.txt")).toMatchObject({ title: "Envoys to meet again", published: "2022-01-24", text: "The envoys will meet again next week, a spokesperson said on Monday." });
  });
});
