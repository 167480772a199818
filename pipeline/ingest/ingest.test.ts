import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFolder } from "./index";

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "ingest-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe("ingest", () => {
  it("reads front matter as metadata and keeps offsets into the body", () => {
    const dir = folder({ "a/talks.md": "---\ntitle: Talks in Vienna\npublished: 2021-11-29T09:00:00Z\nsource: Example Wire\nurl: https://example.org/talks\n---\nDiplomats met in Vienna on Monday.\n" });
    const { articles, problems } = ingestFolder(dir);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
    const [a] = articles;
    expect(a).toMatchObject({ id: "a-talks", file: "a/talks.md", title: "Talks in Vienna", published: "2021-11-29", publishedBasis: "metadata", source: "Example Wire", url: "https://example.org/talks", bodyLine: 7 });
    expect(a!.text).toBe("Diplomats met in Vienna on Monday.");
  });

  it("reads the author of front matter and of a JSONL record as the byline", () => {
    const dir = folder({
      "note.md": "---\ntitle: Envoy in Ankara\nauthor: Jane Roe\n---\nThe envoy met the foreign minister in Ankara on Tuesday.\n",
      "feed.jsonl": `${JSON.stringify({ id: 7, title: "Sanctions", author: " Ali Veli ", text: "The council imposed sanctions on Friday." })}\n${JSON.stringify({ id: 8, text: "No author here." })}\n`,
      "plain.md": "---\ntitle: No byline\n---\nThe ministers spoke by phone.\n",
      // Shapes other tools write: a list of authors, a mapping. Never a reason to lose the article.
      "pair.md": "---\ntitle: Two authors\nauthor: [Jane Roe, John Doe]\n---\nThe envoys met in Geneva.\n",
      "odd.jsonl": `${JSON.stringify({ id: 1, author: { name: "X" }, text: "The council met on Monday." })}\n`,
    });
    const { articles, problems } = ingestFolder(dir);
    expect(problems).toEqual([]);
    const byId = new Map(articles.map((a) => [a.id, a.byline]));
    expect(Object.fromEntries(byId)).toEqual({ note: "Jane Roe", "feed-7": "Ali Veli", "feed-8": undefined, plain: undefined, pair: "Jane Roe, John Doe", "odd-1": undefined });
  });

  it("reports an impossible front-matter date at its line and column", () => {
    const dir = folder({ "bad.md": "---\ntitle: X\npublished: 2022-13-45\n---\nBody.\n" });
    const { articles, problems } = ingestFolder(dir);
    expect(articles).toEqual([]);
    expect(problems.map((p) => p.format())).toEqual(["bad.md:3:12: front matter field 'published': '2022-13-45' is not a real date (expected YYYY-MM-DD or an ISO date-time)"]);
  });

  it("reports unclosed front matter, empty and binary files, lists unknown files as ignored, and keeps the good ones", () => {
    const dir = folder({
      "good.txt": "Headline\nOfficials met on Monday.\n",
      "open.md": "---\ntitle: never closed\nBody\n",
      "empty.txt": "  \n\n",
      "image.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      "notes.pdf": "%PDF-1.4",
      "latin1.txt": Buffer.from("Headline\nCaf\xe9 talks.\n", "latin1"),
    });
    const { articles, problems, files } = ingestFolder(dir);
    expect(articles.map((a) => a.id)).toEqual(["good", "latin1"]);
    const messages = problems.map((p) => p.format()).sort();
    expect(messages).toEqual([
      "empty.txt:1:1: only whitespace: no article text",
      "image.txt:1:1: binary file: a PNG image, not text: not an article",
      "open.md:1:1: front matter opened with --- is never closed (add a line with --- after it)",
    ]);
    expect(files.map((f) => f.file)).toEqual(["empty.txt", "good.txt", "image.txt", "latin1.txt", "notes.pdf", "open.md"]);
    expect(files.find((f) => f.file === "notes.pdf")).toMatchObject({
      ignored: "not an article file type ('.pdf'), not read: articles are .txt, .md, .markdown, .html, .htm, .jsonl",
      warnings: ["notes.pdf:1:1: not an article file type ('.pdf'), not read: articles are .txt, .md, .markdown, .html, .htm, .jsonl"],
    });
  });

  it("reads .jsonl collections line by line and names the broken line", () => {
    const dir = folder({
      "feed.jsonl": [
        JSON.stringify({ id: "x1", title: "One", published: "2022-01-03", text: "Leaders met on Monday." }),
        "{not json",
        JSON.stringify({ title: "No text" }),
        JSON.stringify({ text: "Undated story about talks." }),
      ].join("\n"),
    });
    const { articles, problems } = ingestFolder(dir);
    expect(articles.map((a) => [a.id, a.title, a.published, a.publishedBasis])).toEqual([
      ["feed-x1", "One", "2022-01-03", "metadata"],
      ["feed-line-4", "Undated story about talks.", null, null],
    ]);
    expect(problems.map((p) => p.format())).toEqual([
      expect.stringMatching(/^feed\.jsonl:2:\d+: invalid JSON: /),
      "feed.jsonl:3:1: field 'text' is missing (the article's body)",
    ]);
  });

  it("takes the body and metadata of a saved web page", () => {
    const html = `<!doctype html><html><head><title>Site | Envoys meet</title>
      <meta property="article:published_time" content="2022-02-10T08:00:00Z"><meta property="og:site_name" content="Example News">
      <link rel="canonical" href="https://example.org/envoys"></head>
      <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Envoys meet</h1><p>Envoys from both countries met in Geneva on Thursday to discuss the crisis, officials said.</p>
      <p>The talks lasted four hours and will resume next week, according to a statement released after the meeting.</p></article>
      <footer>Copyright Example News</footer></body></html>`;
    const { articles, problems } = ingestFolder(folder({ "envoys.html": html }));
    expect(problems).toEqual([]);
    expect(articles[0]).toMatchObject({ published: "2022-02-10", publishedBasis: "metadata", url: "https://example.org/envoys", source: "Example News" });
    expect(articles[0]!.text).toContain("met in Geneva on Thursday");
    expect(articles[0]!.text).not.toContain("Copyright");
    expect(articles[0]!.text).not.toContain("Home");
  });

  it("gives two files with the same stem distinct, stable ids", () => {
    const dir = folder({ "x.md": "Title\nText one.\n", "x.txt": "Title\nText two.\n" });
    expect(ingestFolder(dir).articles.map((a) => a.id)).toEqual(["x", "x-2"]);
  });
});

describe("the reference day of an article", () => {
  it("takes a full dateline day when there is no date line, and ignores a yearless one", () => {
    const dir = folder({
      "full.txt": "Talks in Moscow\nMOSCOW, Jan 3, 2022 (Reuters) - Lavrov met the envoy on Monday.\n",
      "yearless.txt": "Talks in Moscow\nMOSCOW, Jan 3 (Reuters) - Lavrov met another envoy on Monday.\n",
      "both.txt": "Talks in Moscow\nJan 03, 2022\nWashington [US], January 4 : Blinken met the envoy on Monday.\n",
    });
    const byId = new Map(ingestFolder(dir).articles.map((a) => [a.id, a]));
    expect(byId.get("full")).toMatchObject({ published: "2022-01-03", publishedBasis: "text", dateline: { date: "2022-01-03" } });
    expect(byId.get("yearless")).toMatchObject({ published: null, publishedBasis: null, dateline: { date: null } });
    expect(byId.get("both")).toMatchObject({ published: "2022-01-03", publishedBasis: "text", dateline: { date: "2022-01-04" } });
  });
});

describe("the publication day from the URL", () => {
  it("dates an article by its URL when nothing else does, and never overrides a stated date", () => {
    const dir = folder({
      "url.md": "---\nurl: https://example.org/world/2022/01/03/talks/\n---\nLavrov met the envoy on Monday.\n",
      "both.md": "---\npublished: 2022-01-04\nurl: https://example.org/world/2022/01/03/talks/\n---\nLavrov met another envoy on Monday.\n",
    });
    const byId = new Map(ingestFolder(dir).articles.map((a) => [a.id, a]));
    expect(byId.get("url")).toMatchObject({ published: "2022-01-03", publishedBasis: "metadata" });
    expect(byId.get("both")).toMatchObject({ published: "2022-01-04", publishedBasis: "metadata" });
  });
});

describe("encodings and repeats", () => {
  it("reads Latin-1 text as Windows-1252 with a warning naming the first non-UTF-8 byte", () => {
    const { articles, files, problems } = ingestFolder(folder({ "latin1.txt": Buffer.from("Headline\nLe ministre a rencontr\xe9 l'envoy\xe9 \x93lundi\x94.\n", "latin1") }));
    expect(problems).toEqual([]);
    expect(articles[0]!.text).toBe("Le ministre a rencontré l'envoyé “lundi”.");
    expect(files[0]!.warnings).toEqual(["latin1.txt:2:23: not valid UTF-8; read as Windows-1252 (Latin-1)"]);
  });

  it("refuses bytes that are neither UTF-8 nor Windows-1252 text", () => {
    const { problems } = ingestFolder(folder({ "odd.txt": Buffer.from([0x41, 0x81, 0x42, 0x0a]) }));
    expect(problems.map((p) => p.format())).toEqual(["odd.txt:1:2: not valid UTF-8 text, nor Windows-1252/Latin-1 (byte 0x81): save the article as UTF-8"]);
  });

  it("reads the same article saved under two names once, and says so", () => {
    const text = "Talks\nLavrov met Blinken in Geneva on Friday.\n";
    const { articles, files } = ingestFolder(folder({ "a.txt": text, "copy/a-again.txt": text.replace("Geneva on", "Geneva  on") }));
    expect(articles.map((a) => a.file)).toEqual(["a.txt"]);
    expect(files.find((f) => f.file === "copy/a-again.txt")!.warnings).toEqual(["copy/a-again.txt:1:1: same article text as a.txt; read once"]);
  });

  it("keeps offsets right with emoji and right-to-left text", () => {
    const { articles } = ingestFolder(folder({ "mixed.txt": "Headline\nThe envoy 🇺🇦 met officials in القدس on Monday.\n" }));
    const text = articles[0]!.text;
    expect(text.slice(text.indexOf("القدس"), text.indexOf("القدس") + 5)).toBe("القدس");
    expect(text.slice(text.indexOf("Monday"), text.indexOf("Monday") + 6)).toBe("Monday");
  });
});

describe("nesting that would overflow a parser's recursion", () => {
  it("refuses front matter nested deeper than 64 levels, and HTML deeper than 1,000, at the place", () => {
    const { problems } = ingestFolder(folder({
      "deep.md": `---\ntitle: x\ntags: ${"[".repeat(70)}\n---\nBody.\n`,
      "deep.html": `<html><body>\n${"<div>".repeat(1001)}<p>Talks.</p></body></html>`,
    }));
    expect(problems.map((p) => p.format())).toEqual([
      "deep.html:2:5001: HTML nested 1,001 levels deep (more than 1,000): not an article page",
      "deep.md:3:76: front matter nested 70 levels deep (more than 64): it holds a few plain fields",
    ]);
  });
});
