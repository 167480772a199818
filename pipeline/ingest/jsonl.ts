/** `.jsonl` article collections: one `{id?, title?, published?, source?, url?, author?, text}` per line. */
import { z } from "zod";
import { IngestError, quoted } from "../errors";
import { valueOffset } from "./json-position";
import { MAX_ARTICLE_CHARS } from "./limits";
import { normaliseLineEndings } from "./decode";
import { normalisePublished } from "./published-value";
import type { ArticleFields } from "./types";
import { bylineOf } from "./byline";

const lineSchema = z
  .object({
    id: z.union([z.string().min(1), z.number()]).optional(),
    title: z.string().nullable().optional(),
    published: z.string().nullable().optional(),
    source: z.string().nullable().optional(),
    url: z.string().nullable().optional(),
    // Any shape (a name, a list of names): read by bylineOf, never an error.
    author: z.unknown().optional(),
    dateline: z.string().nullable().optional(),
    text: z.string(),
  })
  .passthrough();

export interface JsonlRecord extends ArticleFields {
  recordId: string | null;
  line: number;
}

/**
 * Each line is read on its own: a broken line is one problem at its line and column, and the other lines
 * are still read. Offsets in `text` are into the JSON string's value, not the file; positions point at the line.
 */
export function parseJsonl(content: string, path: string): { records: JsonlRecord[]; problems: IngestError[] } {
  const records: JsonlRecord[] = [];
  const problems: IngestError[] = [];
  let lineStart = 0;
  let lineNo = 0;
  while (lineStart < content.length) {
    lineNo++;
    const nl = content.indexOf("\n", lineStart);
    const lineEnd = nl === -1 ? content.length : nl;
    const raw = content.slice(lineStart, lineEnd);
    const start = lineStart;
    lineStart = lineEnd + 1;
    if (raw.trim() === "") continue;
    const problem = (column: number, message: string) => problems.push(new IngestError({ path, line: lineNo, column }, message));
    const columnOf = (key: string) => valueOffset(raw, key) + 1 || 1;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const position = /at position (\d+)/.exec(message);
      problem(position ? Number(position[1]) + 1 : raw.length + 1, `invalid JSON: ${message}`);
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      problem(1, `expected an object {"text": ..., "title": ..., ...}, found ${Array.isArray(value) ? "an array" : value === null ? "null" : `a ${typeof value}`}`);
      continue;
    }
    const parsed = lineSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const key = String(issue.path[0] ?? "");
      const missing = key !== "" && !(key in value);
      problem(missing ? 1 : columnOf(key), missing ? `field '${key}' is missing${key === "text" ? " (the article's body)" : ""}` : `field '${issue.path.join(".")}': ${issue.message}`);
      continue;
    }
    const r = parsed.data;
    const published = r.published ? normalisePublished(r.published) : null;
    if (r.published && published === null) {
      problem(columnOf("published"), `field 'published': ${quoted(r.published)} is not a real date (expected YYYY-MM-DD or an ISO date-time)`);
      continue;
    }
    if (r.text.trim() === "") {
      problem(columnOf("text"), "field 'text' is empty");
      continue;
    }
    if (r.text.length > MAX_ARTICLE_CHARS) {
      problem(columnOf("text"), `field 'text' is ${r.text.length.toLocaleString("en-US")} characters, over the limit of ${MAX_ARTICLE_CHARS.toLocaleString("en-US")} for one article: split it into articles`);
      continue;
    }
    records.push({
      recordId: r.id === undefined ? null : String(r.id),
      line: lineNo,
      title: r.title?.trim() || null,
      published,
      publishedBasis: published ? "metadata" : null,
      source: r.source?.trim() || null,
      url: r.url?.trim() || null,
      byline: bylineOf(r.author),
      dateline: r.dateline ? { text: r.dateline, place: null, date: null } : null,
      // A JSON string may hold "\r\n" escapes: one line ending everywhere, as in files (see decode.ts).
      text: normaliseLineEndings(r.text),
      bodyOffset: start,
    });
  }
  return { records, problems };
}
