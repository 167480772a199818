/**
 * No regular expression (ours or a library's) and no loop of the pipeline may be driven into super-linear
 * time by what it reads. Each adversarial text (~100,000 characters, mostly one line) goes through every stage
 * that reads raw text: header detection, sentences, dates, actors and events, and the file-level readers.
 * A quadratic step takes minutes on these inputs (tens of seconds at 20,000 characters, before the fixes),
 * a linear one well under a second; the per-test timeout is the bound, not a timing assertion.
 * The regular expressions that were quadratic, and why, are listed in the commit that fixed them.
 */
import { describe, expect, it } from "vitest";
import { extractDates } from "./dates/index";
import { articleEvents } from "./events/article-events";
import { decodeArticleBytes } from "./ingest/decode";
import { parseDateline } from "./ingest/dateline";
import { parseFrontMatter } from "./ingest/front-matter";
import { parseHtmlArticle } from "./ingest/html";
import { valueOffset } from "./ingest/json-position";
import { parseJsonl } from "./ingest/jsonl";
import { parseScrapedText } from "./ingest/scraped-text";
import { testArticle } from "./ingest/test-article";
import { PipelineError } from "./errors";
import { adversarialTexts, repeat as repeatTo } from "./adversarial-texts";

const SIZE = 100_000;
/** Linear work on these inputs takes about a second (several on a busy machine); quadratic work, minutes. */
const TIMEOUT = 30_000;
const TEXTS = adversarialTexts(SIZE);
const repeat = (unit: string, size = SIZE) => repeatTo(unit, size);

describe("adversarial text through every stage (each must finish)", () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    it(name, () => {
      const fields = parseScrapedText(text, 0);
      expect(text.slice(fields.bodyOffset, fields.bodyOffset + fields.text.length)).toBe(fields.text);
      parseDateline(text, "2022-01-03");
      const dates = extractDates(text, "2022-01-03");
      for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.text);
      const events = articleEvents(testArticle("adversarial", text, "2022-01-03"), 0, dates);
      for (const e of events) for (const p of e.passages) expect(p.sentence.end).toBeLessThanOrEqual(text.length);
    }, TIMEOUT);
  }
});

/** Runs a reader; a PipelineError (a refusal with its position) is a fine outcome, the time is what matters. */
function finishes(read: () => unknown): void {
  try {
    read();
  } catch (error) {
    if (!(error instanceof PipelineError)) throw error;
  }
}

describe("adversarial files through the readers (each must finish)", () => {
  it("decodes long runs of high bytes, lead bytes and stray continuation bytes", () => {
    for (const byte of [0xe9, 0xc3, 0x80, 0xe2, 0xf0, 0x93]) finishes(() => decodeArticleBytes(Buffer.alloc(SIZE * 10, byte), "a.txt"));
    finishes(() => decodeArticleBytes(Buffer.from(repeat("é\u00e9\u2019", SIZE * 3), "latin1"), "a.txt"));
    finishes(() => decodeArticleBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.alloc(SIZE * 10, 0x41)]), "a.txt"));
  }, TIMEOUT);

  it("reads front matter with long values, long keys and deep nesting", () => {
    finishes(() => parseFrontMatter(`---\ntitle: ${repeat("a ")}\npublished: ${repeat("2")}\n---\nBody.\n`, "a.md"));
    finishes(() => parseFrontMatter(`---\ntitle: ${repeat("a ", 60_000)}\n---\nBody.\n`, "a.md"));
    // Nesting deep enough to overflow the yaml parser's recursion (which once ended the process): refused first.
    for (const deep of [repeat("[", 60_000), repeat("{a: ", 60_000), `${repeat("- ", 60_000)}x`, Array.from({ length: 300 }, (_, i) => `${" ".repeat(i)}a:`).join("\n")]) {
      finishes(() => parseFrontMatter(`---\n${deep}\n---\nBody.\n`, "a.md"));
    }
    finishes(() => parseFrontMatter(`---\n${repeat("a: b\n")}`, "a.md"));
  }, TIMEOUT);

  it("reads .jsonl with a 100,000-character line, broken or deeply nested", () => {
    const line = JSON.stringify({ title: repeat("x"), text: repeat("Blinken met Lavrov. ") });
    parseJsonl(line, "a.jsonl");
    expect(valueOffset(line, "text")).toBeGreaterThan(SIZE);
    parseJsonl(line.slice(0, -5), "a.jsonl");
    parseJsonl(`{"a": ${repeat("[")}`, "a.jsonl");
    parseJsonl(repeat('{"text": "a"}\n'), "a.jsonl");
  }, TIMEOUT);

  it("reads HTML with long text runs, many paragraphs and deep nesting", () => {
    finishes(() => parseHtmlArticle(`<html><body><article><p>${repeat("Talks  ")}</p></article></body></html>`, "a.html"));
    finishes(() => parseHtmlArticle(`<html><body><article>${repeat("<p>Lavrov met Blinken on Monday.</p>", SIZE / 2)}</article></body></html>`, "a.html"));
    finishes(() => parseHtmlArticle(`<html><body>${repeat("<div>", 50_000)}Talks</body></html>`, "a.html"));
    finishes(() => parseHtmlArticle(`<html><body>${repeat("<table><tr><td>", 50_000)}Talks</body></html>`, "a.html"));
    finishes(() => parseHtmlArticle(`<html><body>${repeat("<span><p>", 50_000)}Talks</body></html>`, "a.html"));
    finishes(() => parseHtmlArticle(`<html><head><script type="application/ld+json">${repeat("[", 50_000)}</script></head><body><p>Talks</p></body></html>`, "a.html"));
    finishes(() => parseHtmlArticle(`<html><body><p class="${repeat("a ")}">${repeat("<")}</p></body></html>`, "a.html"));
  }, TIMEOUT);
});
