/**
 * Property tests of ingest: whatever the bytes or text, reading an article either succeeds with offsets that
 * point into what was read, or fails with a PipelineError at a real position; never another exception.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PipelineError } from "../errors";
import { anyText, newsText, propertySettings } from "../test-arbitraries";
import { decodeArticleBytes } from "./decode";
import { parseFrontMatter } from "./front-matter";
import { parseHtmlArticle } from "./html";
import { ingestFolder } from "./index";
import { parseJsonl } from "./jsonl";
import { parseScrapedText } from "./scraped-text";

/** Runs `read`; a PipelineError is an answer (with a sane position), anything else thrown fails the property. */
function readsOrExplains<T>(read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof PipelineError)) throw error;
    expect(error.position.line).toBeGreaterThanOrEqual(1);
    expect(error.position.column).toBeGreaterThanOrEqual(1);
    expect(error.format()).toMatch(/^[^\n]+:\d+:\d+: [^\n]+$/);
    return null;
  }
}

/** Bytes as files come: random, or text in UTF-8 / UTF-16 / Latin-1, with BOMs, NULs and stray high bytes. */
const fileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  anyText.map((t) => Buffer.from(t, "utf8")),
  anyText.map((t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, "utf8")])),
  anyText.map((t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")])),
  anyText.map((t) => Buffer.from(t, "utf16le")),
  newsText.map((t) => Buffer.from(t, "latin1")),
  fc.tuple(newsText, fc.uint8Array({ minLength: 1, maxLength: 4 }), newsText).map(([a, junk, b]) => Buffer.concat([Buffer.from(a), junk, Buffer.from(b)])),
);

describe("ingest, on arbitrary input (property tests)", () => {
  it("decodes any bytes to text without CR, or explains why not at a position", () => {
    fc.assert(
      fc.property(fileBytes, (bytes) => {
        const decoded = readsOrExplains(() => decodeArticleBytes(bytes, "a.txt"));
        if (!decoded) return;
        expect(decoded.text).not.toContain("\r");
        if (decoded.warning !== null) expect(decoded.warning).toMatch(/^a\.txt:\d+:\d+: /);
      }),
      propertySettings(400),
    );
  });

  it("splits any text into header and body with the body's offset pointing at it", () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const content = raw.replace(/\r\n?/g, "\n");
        const fields = parseScrapedText(content, 0);
        expect(fields.bodyOffset).toBeGreaterThanOrEqual(0);
        expect(content.slice(fields.bodyOffset, fields.bodyOffset + fields.text.length)).toBe(fields.text);
      }),
      propertySettings(300),
    );
  });

  it("reads any front matter, or reports it at a position inside the file", () => {
    const yaml = fc.oneof(anyText, fc.constantFrom("title: x", "published: 2022-13-45", "published: 2022-02-29", "title: [a", "- a", "a: b: c", "title: 1984", "url:", "\t- x", "published: 2022-01-03T25:61:00Z"));
    fc.assert(
      fc.property(fc.array(yaml, { maxLength: 4 }), anyText, (lines, body) => {
        const content = `---\n${lines.join("\n").replace(/\r\n?/g, "\n")}\n---\n${body}`;
        const fm = readsOrExplains(() => parseFrontMatter(content, "a.md"));
        if (fm) expect(fm.bodyOffset).toBeLessThanOrEqual(content.length);
      }),
      propertySettings(300),
    );
  });

  it("reads any .jsonl line by line: each line is a record or a problem at that line", () => {
    const line = fc.oneof(
      anyText,
      fc.record({ id: fc.option(fc.oneof(fc.string(), fc.integer())), title: fc.option(anyText), published: fc.option(fc.oneof(fc.constantFrom("2022-01-03", "2022-13-45", "2022-02-30", "x"), fc.string())), text: anyText }, { requiredKeys: [] }).map((r) => JSON.stringify(r)),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
        const content = lines.map((l) => l.replace(/[\r\n]/g, " ")).join("\n");
        const { records, problems } = parseJsonl(content, "a.jsonl");
        for (const p of problems) expect(p.position.line).toBeLessThanOrEqual(lines.length);
        for (const r of records) expect(r.text.trim()).not.toBe("");
        expect(records.length + problems.length).toBeLessThanOrEqual(lines.length);
      }),
      propertySettings(300),
    );
  });

  it("reads any HTML, or says there is no article in it", () => {
    const html = fc.oneof(anyText, fc.array(fc.oneof(fc.constantFrom("<p>", "</p>", "<article>", "<div>", "</div>", "<script>", "<meta property=\"article:published_time\" content=\"2022-13-45\">", "<time datetime=\"x\">"), newsText), { maxLength: 20 }).map((p) => p.join("")));
    fc.assert(
      fc.property(html, (content) => {
        readsOrExplains(() => parseHtmlArticle(content, "a.html"));
      }),
      propertySettings(100),
    );
  });

  it("reads a folder holding any file: articles or problems, each with a position, nothing thrown", () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-property-"));
    const name = fc.constantFrom("a.txt", "a.md", "a.html", "a.jsonl");
    try {
      fc.assert(
        fc.property(name, fileBytes, (file, bytes) => {
          const folder = mkdtempSync(join(dir, "run-"));
          writeFileSync(join(folder, file), bytes);
          const { articles, problems, files } = ingestFolder(folder);
          expect(files.map((f) => f.file)).toEqual([file]);
          for (const p of problems) expect(p.format()).toMatch(new RegExp(`^${file.replace(".", "\\.")}:\\d+:\\d+: `));
          for (const a of articles) {
            expect(a.text).not.toContain("\r");
            expect(a.text.trim()).not.toBe("");
          }
        }),
        propertySettings(150),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
