/**
 * YAML front matter (`---` ... `---`) at the top of a .md or .txt article:
 * `title`, `published` (ISO date or date-time), `source`, `url`, `author` (the byline), all optional.
 */
import { parseDocument, LineCounter } from "yaml";
import { z } from "zod";
import { IngestError, LineIndex, quoted } from "../errors";
import { MAX_FRONT_MATTER_DEPTH, yamlNesting } from "./nesting";
import { normalisePublished } from "./published-value";
import { bylineOf } from "./byline";

const OPEN = /^---[ \t]*\r?\n/;
/** Front matter holds a few short fields; a block this large is something else (and is not parsed). */
const MAX_FRONT_MATTER_CHARS = 64 * 1024;
const CLOSE = /^---[ \t]*$/m;

/** Text, or a number that YAML read as one ("title: 1984", "source: 7"). */
const text = z.union([z.string(), z.number()]).transform((v) => String(v).trim());

const frontMatterSchema = z
  .object({
    title: text.optional(),
    published: z.union([z.string(), z.date()]).optional(),
    source: text.optional(),
    url: z.string().trim().optional(),
    // Any shape (a name, a list of names): read by bylineOf, never an error.
    author: z.unknown().optional(),
  })
  .passthrough();

export interface FrontMatter {
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  /** Who wrote it (`author`). */
  byline: string | null;
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
  if (yamlText.length > MAX_FRONT_MATTER_CHARS) {
    throw new IngestError({ path, line: 2, column: 1 }, `front matter is ${yamlText.length.toLocaleString("en-US")} characters: it holds a few fields (title, published, source, url, author), at most ${MAX_FRONT_MATTER_CHARS.toLocaleString("en-US")}`);
  }
  const nesting = yamlNesting(yamlText);
  if (nesting.depth > MAX_FRONT_MATTER_DEPTH) {
    const at = new LineIndex(yamlText).positionAt(nesting.offset);
    throw new IngestError({ path, line: at.line + lineOffset, column: at.column }, `front matter nested ${nesting.depth} levels deep (more than ${MAX_FRONT_MATTER_DEPTH}): it holds a few plain fields`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: "core" });
  const firstError = doc.errors[0];
  if (firstError) {
    const pos = lineCounter.linePos(firstError.pos[0]);
    throw new IngestError({ path, line: pos.line + lineOffset, column: pos.col }, `invalid front matter: ${firstError.message.split("\n")[0]}`);
  }
  let data: unknown;
  try {
    // toJS() itself throws on an alias to no anchor ("*x") and on alias bombs (too many aliases).
    data = doc.toJS() ?? {};
  } catch (error) {
    throw new IngestError({ path, line: 2, column: 1 }, `invalid front matter: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new IngestError({ path, line: 2, column: 1 }, "front matter must be a YAML mapping (key: value lines)");
  }
  // A key left empty ("title:", "published: ''") is as good as absent: the text's own header is used instead.
  const given = Object.fromEntries(Object.entries(data as Record<string, unknown>).filter(([, v]) => v !== null && !(typeof v === "string" && v.trim() === "")));
  const parsed = frontMatterSchema.safeParse(given);
  const positionOf = (key: string) => {
    const node = doc.get(key, true) as { range?: [number, number, number] } | undefined;
    const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { path, line: pos.line + lineOffset, column: pos.col };
  };
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? "");
    const value = given[key];
    const message = issue.code === "invalid_type" || issue.code === "invalid_union" ? `expected text, found ${describeYamlValue(value)}` : issue.message;
    throw new IngestError(positionOf(key), `front matter field '${key}': ${message}`);
  }
  const fm = parsed.data;
  let published: string | null = null;
  if (fm.published !== undefined) {
    published = normalisePublished(fm.published);
    if (published === null) {
      throw new IngestError(positionOf("published"), `front matter field 'published': ${quoted(String(fm.published))} is not a real date (expected YYYY-MM-DD or an ISO date-time)`);
    }
  }
  const closeLineEnd = rest.indexOf("\n", close.index);
  const bodyOffset = open[0].length + (closeLineEnd === -1 ? rest.length : closeLineEnd + 1);
  return { title: fm.title ?? null, published, source: fm.source ?? null, url: fm.url ?? null, byline: bylineOf(fm.author), bodyOffset };
}

function describeYamlValue(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "boolean") return `${value} (a yes/no value)`;
  return `a ${typeof value}`;
}
