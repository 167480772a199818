/**
 * Saved web pages: the article body by Mozilla Readability (on linkedom's DOM), the title, the byline, the
 * publication day from `article:published_time`, JSON-LD `datePublished` or a `<time datetime>`, the
 * canonical URL and the site name. Navigation, asides and footers are left out by Readability.
 */
import { bylineOf } from "./byline";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { IngestError, LineIndex } from "../errors";
import { htmlNesting, MAX_HTML_DEPTH, treeDepth } from "./nesting";
import { isValidIsoDay } from "../util/calendar";
import type { ArticleFields } from "./types";
import { groupDigits } from "../../lib/format";

export function parseHtmlArticle(content: string, path: string): ArticleFields {
  try {
    return readPage(content, path);
  } catch (error) {
    // linkedom and Readability walk the page recursively: thousands of nested elements exhaust the stack.
    if (error instanceof RangeError) throw new IngestError({ path, line: 1, column: 1 }, "HTML nested too deeply to read (thousands of levels): not an article page");
    throw error;
  }
}

const tooDeep = (depth: number) => `HTML nested ${groupDigits(depth)} levels deep (more than ${groupDigits(MAX_HTML_DEPTH)}): not an article page`;

function readPage(content: string, path: string): ArticleFields {
  const nesting = htmlNesting(content);
  if (nesting.depth > MAX_HTML_DEPTH) throw new IngestError({ path, ...new LineIndex(content).positionAt(nesting.offset) }, tooDeep(nesting.depth));
  // linkedom, unlike a browser, makes no <html> and <body> for a page that leaves them out (a saved fragment),
  // and Readability then fails on the missing document element: they are added here as a browser would.
  const page = /<html[\s>]/i.test(content) ? content : `<html>${/<body[\s>]/i.test(content) ? content : `<body>${content}</body>`}</html>`;
  const { document } = parseHTML(page);
  if (!document.documentElement) throw new IngestError({ path, line: 1, column: 1 }, "no HTML document in this file: save it as .txt if it is plain text");
  const depth = treeDepth(document.documentElement);
  if (depth > MAX_HTML_DEPTH) throw new IngestError({ path, line: 1, column: 1 }, tooDeep(depth));
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute("content")?.trim() || null;
  const published = firstValidDay([
    meta('meta[property="article:published_time"]'),
    meta('meta[name="article:published_time"]'),
    ...jsonLdDates(document),
    meta('meta[name="date"]'),
    meta('meta[itemprop="datePublished"]'),
    document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null,
  ]);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() || meta('meta[property="og:url"]');
  const siteName = meta('meta[property="og:site_name"]');
  const metaTitle = meta('meta[property="og:title"]');

  // Readability mutates the document it is given; it is ours alone here.
  const parsed = new Readability(document as unknown as Document).parse();
  const text = (parsed?.textContent ?? "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (!text) throw new IngestError({ path, line: 1, column: 1 }, "no article body found in this HTML page");
  return {
    title: parsed?.title?.trim() || metaTitle,
    published,
    publishedBasis: published ? "metadata" : null,
    source: siteName ?? parsed?.siteName ?? null,
    url,
    dateline: null,
    byline: bylineOf(parsed?.byline ?? null) ?? bylineOf(meta('meta[name="author"]')),
    text,
    bodyOffset: 0,
  };
}

function jsonLdDates(document: { querySelectorAll(s: string): Iterable<{ textContent: string | null }> }): string[] {
  const found: string[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collectDatePublished(JSON.parse(script.textContent ?? ""), found);
    } catch {
      // A broken JSON-LD block is the page's problem; other sources of the date remain.
    }
  }
  return found;
}

/** JSON-LD nests a few levels; a deeper structure is junk and is not walked (the walk recurses). */
const MAX_JSON_LD_DEPTH = 16;

function collectDatePublished(node: unknown, found: string[], depth = 0): void {
  if (depth > MAX_JSON_LD_DEPTH) return;
  if (Array.isArray(node)) node.forEach((child) => collectDatePublished(child, found, depth + 1));
  else if (node && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if (typeof record.datePublished === "string") found.push(record.datePublished);
    if (record["@graph"]) collectDatePublished(record["@graph"], found, depth + 1);
  }
}

function firstValidDay(candidates: Array<string | null>): string | null {
  for (const candidate of candidates) {
    const day = candidate?.trim().slice(0, 10);
    if (day && isValidIsoDay(day)) return day;
  }
  return null;
}
