/**
 * Turns a source (offsets into an article) into what the reader sees: the quoted passage,
 * a little dimmed context on each side, and the event's own words marked inside it.
 * Pure functions: used by server pages and, through props, by client components.
 */
import type { Article, Mark, Source } from "@/lib/schema";
import { safeHttpUrl } from "@/lib/safe-url";

/** How much surrounding text to show on each side of a quoted passage. */
const CONTEXT_CHARS = 160;

export interface PassagePart {
  text: string;
  /** Set when these words are the event's trigger, date, actor or location. */
  mark: Mark["kind"] | null;
}

export interface PassageView {
  articleId: string;
  /** null when the source names an article that is not in the file. */
  articleTitle: string | null;
  articlePublished: string | null;
  /** `id` of the passage's highlight on the article page. */
  anchor: string;
  before: string;
  parts: PassagePart[];
  after: string;
  /** The article's own web page scrolled to this passage (a text fragment), when its URL is known. */
  originalUrl: string | null;
}

/** The anchor both the panel (link) and the article page (target) use for a passage. */
export function passageAnchor(source: Pick<Source, "start" | "end">): string {
  return `passage-${source.start}-${source.end}`;
}

export function articlePath(articleId: string, anchor?: string): string {
  return `/articles/${encodeURIComponent(articleId)}/${anchor ? `#${anchor}` : ""}`;
}

export function eventPath(eventId: string): string {
  return `/events/${encodeURIComponent(eventId)}/`;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(n, lo), hi);
const squash = (s: string) => s.replace(/\s+/g, " ");

/** Up to CONTEXT_CHARS before `start`, cut at a word boundary, with an ellipsis when cut. */
function contextBefore(text: string, start: number): string {
  const from = Math.max(0, start - CONTEXT_CHARS);
  let chunk = text.slice(from, start);
  if (from > 0) {
    const space = chunk.search(/\s/);
    chunk = "… " + (space >= 0 ? chunk.slice(space + 1) : chunk);
  }
  return squash(chunk).trimStart();
}

function contextAfter(text: string, end: number): string {
  const to = Math.min(text.length, end + CONTEXT_CHARS);
  let chunk = text.slice(end, to);
  if (to < text.length) {
    const space = chunk.lastIndexOf(" ");
    chunk = (space > 0 ? chunk.slice(0, space) : chunk) + " …";
  }
  return squash(chunk).trimEnd();
}

/** Splits the passage at its marks; overlapping or out-of-range marks are dropped, not guessed at. */
function splitAtMarks(text: string, start: number, end: number, marks: readonly Mark[]): PassagePart[] {
  const inside = marks
    .map((m) => ({ ...m, start: clamp(m.start, start, end), end: clamp(m.end, start, end) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: PassagePart[] = [];
  let at = start;
  for (const m of inside) {
    if (m.start < at) continue;
    if (m.start > at) parts.push({ text: text.slice(at, m.start), mark: null });
    parts.push({ text: text.slice(m.start, m.end), mark: m.kind });
    at = m.end;
  }
  if (at < end) parts.push({ text: text.slice(at, end), mark: null });
  return parts.map((p) => ({ ...p, text: squash(p.text) }));
}

export function buildPassage(source: Source, article: Article | undefined): PassageView {
  const anchor = passageAnchor(source);
  if (!article) {
    // The article is missing from the file: show the quote the pipeline stored, without context.
    return { articleId: source.articleId, articleTitle: null, articlePublished: null, anchor, before: "", parts: [{ text: source.quote, mark: null }], after: "", originalUrl: null };
  }
  const start = clamp(source.start, 0, article.text.length);
  const end = clamp(source.end, start, article.text.length);
  return {
    articleId: article.id,
    articleTitle: article.title,
    articlePublished: article.published,
    anchor,
    before: contextBefore(article.text, start),
    parts: splitAtMarks(article.text, start, end, source.marks ?? []),
    after: contextAfter(article.text, end),
    originalUrl: textFragmentUrl(article.url, article.text.slice(start, end)),
  };
}

/** Characters a text fragment directive must percent-encode besides encodeURIComponent's ("-", ","). */
const encodeFragment = (s: string) => encodeURIComponent(s).replace(/-/g, "%2D").replace(/,/g, "%2C");
const FRAGMENT_WORDS = 4;

/**
 * `https://site/story#:~:text=first%20words,last%20words`: browsers that support text fragments scroll
 * to the passage and highlight it on the publisher's page. Only http(s) URLs; long passages are named
 * by their first and last words (a start,end range), short ones whole.
 */
export function textFragmentUrl(url: string | null, quote: string): string | null {
  const page = safeHttpUrl(url);
  if (!page) return null;
  const words = quote.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  if (words.length === 0) return page;
  const base = page.replace(/#.*$/, "");
  if (words.length <= FRAGMENT_WORDS * 2) return `${base}#:~:text=${encodeFragment(words.join(" "))}`;
  const first = words.slice(0, FRAGMENT_WORDS).join(" ");
  const last = words.slice(-FRAGMENT_WORDS).join(" ");
  return `${base}#:~:text=${encodeFragment(first)},${encodeFragment(last)}`;
}
