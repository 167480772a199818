/**
 * Plain text as scraped from a news site. The header and trailer are recognised from the text itself:
 *
 *   Share:Blinken discusses Ukraine buildup ...     ← title (a leading "Share:" is scraping debris)
 *   Image                                           ← debris line
 *   Jan 03, 2022                                    ← date line → published (basis "text")
 *   Washington [US], January 4 : US Secretary ...   ← dateline, cut from the body
 *   ...
 *   source: voanews.com                             ← source line, cut from the body
 */
import type { ArticleFields } from "./types";
import { parseDateLine } from "./published-date";
import { parseDateline } from "./dateline";

/**
 * Whole lines that are page furniture, not article text. (The colon's optional spaces sit inside the optional
 * group: `\s*:?\s*$` tried every split of a long run of spaces between two stars, quadratic in its length.)
 */
const DEBRIS_LINE =
  /^(?:image|photo|photograph|file photo|video|audio|advertisement|listen|listen to this article|share|share this|print|email|tweet|read more|related|caption|getty images|ap photo|reuters)(?:\s*:)?\s*$/i;
/** Share-bar labels glued to the start of the title line. */
const DEBRIS_PREFIX = /^(?:share|print|email|tweet)\s*:\s*/i;
const SOURCE_LINE = /^(?:source|sources|via)\s*:\s*(\S.{0,80})$/i;

interface Line {
  text: string;
  start: number;
}

function linesOf(content: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= content.length) {
    const nl = content.indexOf("\n", start);
    const end = nl === -1 ? content.length : nl;
    lines.push({ text: content.slice(start, end).replace(/\r$/, ""), start });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/**
 * Splits `content[from..]` into header, body and trailer. `known` fields (from front matter) win over what
 * the text says; the text heuristics still remove a header line that repeats them.
 */
export function parseScrapedText(content: string, from: number, known: Partial<ArticleFields> = {}): ArticleFields {
  const lines = linesOf(content, from);
  let i = 0;
  const skipBlankAndDebris = () => {
    while (i < lines.length && (lines[i]!.text.trim() === "" || DEBRIS_LINE.test(lines[i]!.text.trim()))) i++;
  };

  skipBlankAndDebris();
  let title = known.title ?? null;
  let published = known.published ?? null;
  let publishedBasis = known.publishedBasis ?? null;

  // Title: the first real line, when it looks like a headline (short, no final full stop) or nothing else named one.
  const first = lines[i];
  if (first && title === null) {
    const candidate = first.text.trim().replace(DEBRIS_PREFIX, "").replace(/^#+\s*/, "");
    if (looksLikeHeadline(candidate)) {
      title = candidate;
      i++;
    }
  } else if (first && title !== null && normalise(first.text.replace(DEBRIS_PREFIX, "").replace(/^#+\s*/, "")) === normalise(title)) {
    i++; // the body repeats the front-matter title
  }

  // Date line(s) right under the title.
  for (;;) {
    skipBlankAndDebris();
    const line = lines[i];
    if (!line) break;
    const day = parseDateLine(line.text);
    if (day === null) break;
    if (published === null) {
      published = day;
      publishedBasis = "text";
    }
    i++;
  }

  // Trailer: a "source: voanews.com" line at the very end.
  let last = lines.length - 1;
  const skipTrailingBlankAndDebris = () => {
    while (last >= i && (lines[last]!.text.trim() === "" || DEBRIS_LINE.test(lines[last]!.text.trim()))) last--;
  };
  skipTrailingBlankAndDebris();
  let source = known.source ?? null;
  const trailer = last >= i ? SOURCE_LINE.exec(lines[last]!.text.trim()) : null;
  if (trailer?.[1]) {
    source ??= trailer[1].trim();
    last--;
    skipTrailingBlankAndDebris();
  }

  const bodyStartLine = lines[i];
  if (!bodyStartLine || last < i) {
    return { title, published, publishedBasis, source, url: known.url ?? null, dateline: null, text: "", bodyOffset: from };
  }
  let bodyOffset = bodyStartLine.start;
  const lastLine = lines[last]!;
  const bodyEnd = lastLine.start + lastLine.text.length;

  // Dateline at the start of the first paragraph.
  let dateline: ArticleFields["dateline"] = null;
  const found = parseDateline(content.slice(bodyOffset, bodyEnd), published);
  if (found) {
    dateline = found.dateline;
    bodyOffset += found.length;
  }
  const text = content.slice(bodyOffset, bodyEnd).replace(/\r\n?/g, "\n");
  return { title, published, publishedBasis, source, url: known.url ?? null, dateline, text, bodyOffset };
}

function looksLikeHeadline(line: string): boolean {
  if (line.length === 0 || line.length > 200) return false;
  const words = line.split(/\s+/).length;
  return words <= 30 && !/[.!?]["”’]?$/.test(line);
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
