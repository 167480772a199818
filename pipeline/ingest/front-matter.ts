/**
 * YAML front matter (`---` ... `---`) at the top of a .md or .txt article:
 * `title`, `published` (ISO date or date-time), `source`, `url`, all optional.
 */
import { parseDocument, LineCounter } from "yaml";
import { z } from "zod";
import { IngestError } from "../errors";
import { isValidIsoDay } from "../util/calendar";

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*$/m;

const frontMatterSchema = z
  .object({
    title: z.string().trim().min(1).optional(),
    published: z.union([z.string(), z.date()]).optional(),
    source: z.string().trim().min(1).optional(),
    url: z.string().trim().min(1).optional(),
  })
  .passthrough();

export interface FrontMatter {
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  /** Offset in the file where the body starts (after the closing ---). */
  bodyOffset: number;
}

export function hasFrontMatter(content: string): boolean {
  return OPEN.test(content);
}

export function parseFrontMatter(content: string, path: string): FrontMatter {
  const open = OPEN.exec(content);
  if (!open) throw new IngestError({ path, line: 1, column: 1 }, "expected front matter to start with ---");
  const rest = content.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) throw new IngestError({ path, line: 1, column: 1 }, "front matter opened with --- is never closed (add a line with --- after it)");
  const yamlText = rest.slice(0, close.index);
  const lineOffset = 1; // YAML starts on the file's line 2
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: "core" });
  const firstError = doc.errors[0];
  if (firstError) {
    const pos = lineCounter.linePos(firstError.pos[0]);
    throw new IngestError({ path, line: pos.line + lineOffset, column: pos.col }, `invalid front matter: ${firstError.message.split("\n")[0]}`);
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new IngestError({ path, line: 2, column: 1 }, "front matter must be a YAML mapping (key: value lines)");
  }
  const parsed = frontMatterSchema.safeParse(data);
  const positionOf = (key: string) => {
    const node = doc.get(key, true) as { range?: [number, number, number] } | undefined;
    const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { path, line: pos.line + lineOffset, column: pos.col };
  };
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? "");
    throw new IngestError(positionOf(key), `front matter field '${key}': ${issue.message}`);
  }
  const fm = parsed.data;
  let published: string | null = null;
  if (fm.published !== undefined) {
    published = normalisePublished(fm.published);
    if (published === null) {
      throw new IngestError(positionOf("published"), `front matter field 'published': '${String(fm.published)}' is not a real date (expected YYYY-MM-DD or an ISO date-time)`);
    }
  }
  const closeLineEnd = rest.indexOf("\n", close.index);
  const bodyOffset = open[0].length + (closeLineEnd === -1 ? rest.length : closeLineEnd + 1);
  return { title: fm.title ?? null, published, source: fm.source ?? null, url: fm.url ?? null, bodyOffset };
}

function normalisePublished(value: string | Date): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!m?.[1] || !isValidIsoDay(m[1])) return null;
  if (m[2] !== undefined && (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59)) return null;
  // The calendar day as the publisher wrote it: a time zone offset does not move the day.
  return m[1];
}
