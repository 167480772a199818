/** `.jsonl` article collections: one `{id?, title?, published?, source?, url?, text}` per line. */
import { z } from "zod";
import { IngestError } from "../errors";
import { isValidIsoDay } from "../util/calendar";
import type { ArticleFields } from "./types";

const lineSchema = z
  .object({
    id: z.union([z.string().min(1), z.number()]).optional(),
    title: z.string().nullable().optional(),
    published: z.string().nullable().optional(),
    source: z.string().nullable().optional(),
    url: z.string().nullable().optional(),
    dateline: z.string().nullable().optional(),
    text: z.string(),
  })
  .passthrough();

export interface JsonlRecord extends ArticleFields {
  recordId: string | null;
  line: number;
}

export function parseJsonl(content: string, path: string): { records: JsonlRecord[]; problems: IngestError[] } {
  const records: JsonlRecord[] = [];
  const problems: IngestError[] = [];
  let lineStart = 0;
  let lineNo = 0;
  while (lineStart < content.length) {
    lineNo++;
    const nl = content.indexOf("\n", lineStart);
    const lineEnd = nl === -1 ? content.length : nl;
    const raw = content.slice(lineStart, lineEnd).replace(/\r$/, "");
    const start = lineStart;
    lineStart = lineEnd + 1;
    if (raw.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const col = /position (\d+)/.exec(message);
      problems.push(new IngestError({ path, line: lineNo, column: col ? Number(col[1]) + 1 : 1 }, `invalid JSON: ${message}`));
      continue;
    }
    const parsed = lineSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      problems.push(new IngestError({ path, line: lineNo, column: 1 }, `field '${issue.path.join(".") || "(line)"}': ${issue.message}`));
      continue;
    }
    const r = parsed.data;
    const published = r.published ? r.published.slice(0, 10) : null;
    if (published !== null && !isValidIsoDay(published)) {
      problems.push(new IngestError({ path, line: lineNo, column: 1 }, `field 'published': '${r.published}' is not a real date (expected YYYY-MM-DD)`));
      continue;
    }
    if (r.text.trim() === "") {
      problems.push(new IngestError({ path, line: lineNo, column: 1 }, "field 'text' is empty"));
      continue;
    }
    // Offsets in `text` are into the JSON string value, not the file; positions point at the line.
    records.push({
      recordId: r.id === undefined ? null : String(r.id),
      line: lineNo,
      title: r.title?.trim() || null,
      published,
      publishedBasis: published ? "metadata" : null,
      source: r.source?.trim() || null,
      url: r.url?.trim() || null,
      dateline: r.dateline ? { text: r.dateline, place: null, date: null } : null,
      text: r.text.replace(/\r\n?/g, "\n"),
      bodyOffset: start,
    });
  }
  return { records, problems };
}
