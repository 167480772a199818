/**
 * Ingest: a folder of article files → articles with a body, a title, a publication day and its basis.
 * Bad files never stop the others from being read: each problem is returned with its position, and the
 * caller decides (exit 1, or skip with --keep-going).
 */
import { createHash } from "node:crypto";
import { chooseReference } from "../dates/reference";
import { formatAt, IngestError, LineIndex, PipelineError } from "../errors";
import { articleIdFor, uniqueIds } from "./article-id";
import { hasFrontMatter, parseFrontMatter } from "./front-matter";
import { parseHtmlArticle } from "./html";
import { parseJsonl } from "./jsonl";
import { dayFromUrl } from "./url-date";
import { MAX_ARTICLE_CHARS } from "./limits";
import { extensionOf, listInputEntries, readText, type InputFile } from "./read-input";
import { parseScrapedText } from "./scraped-text";
import type { ArticleFields, IngestedArticle } from "./types";

export type { IngestedArticle } from "./types";

export interface FileOutcome {
  file: string;
  articles: string[];
  problems: string[];
  /** Things read but worth knowing: another encoding, an article that repeats another, a file not read. */
  warnings: string[];
  /** Why the file was not read at all (not an article file type, a hidden file...), when it was not. */
  ignored?: string;
  /** The files whose text this file's articles repeat, when every article in it was a repeat. */
  repeats?: string[];
}

export interface IngestResult {
  articles: IngestedArticle[];
  problems: PipelineError[];
  files: FileOutcome[];
}

interface Draft extends ArticleFields {
  file: string;
  fileContent: string;
  record?: { id: string | null; line: number };
}

export function ingestFolder(dir: string): IngestResult {
  const drafts: Draft[] = [];
  const problems: PipelineError[] = [];
  const files: FileOutcome[] = [];
  const seenTexts = new Map<string, string>();
  for (const entry of listInputEntries(dir)) {
    const outcome: FileOutcome = { file: entry.relativePath, articles: [], problems: [], warnings: [] };
    files.push(outcome);
    if (entry.kind === "ignored") {
      outcome.ignored = entry.reason;
      outcome.warnings.push(formatAt({ path: entry.relativePath, line: 1, column: 1 }, entry.reason));
      continue;
    }
    try {
      if (entry.kind === "unreadable") throw new IngestError({ path: entry.relativePath, line: 1, column: 1 }, entry.message);
      const { drafts: found, problems: partial, warning } = ingestFile(entry.file);
      if (warning) outcome.warnings.push(warning);
      const kept = withoutRepeats(found, seenTexts, outcome);
      drafts.push(...kept);
      problems.push(...partial);
      outcome.problems.push(...partial.map((p) => p.format()));
    } catch (error) {
      // Anything else thrown while reading one file is still that file's problem, never the end of the run.
      const problem = error instanceof PipelineError ? error : new IngestError({ path: entry.relativePath, line: 1, column: 1 }, `could not read this file: ${error instanceof Error ? error.message : String(error)}`);
      problems.push(problem);
      outcome.problems.push(problem.format());
    }
  }
  const ids = uniqueIds(drafts.map((d) => articleIdFor(d.file, d.record)));
  const outcomeByFile = new Map(files.map((f) => [f.file, f]));
  const lineIndexes = new Map<string, LineIndex>();
  const lineOf = (d: Draft) => {
    if (d.record) return d.record.line;
    let index = lineIndexes.get(d.file);
    if (!index) lineIndexes.set(d.file, (index = new LineIndex(d.fileContent)));
    return index.positionAt(d.bodyOffset).line;
  };
  const articles = drafts.map((d, index): IngestedArticle => {
    const id = ids[index]!;
    outcomeByFile.get(d.file)?.articles.push(id);
    // Without a publication date, the day in the article's URL, else a dateline that names its full day
    // ("MOSCOW, Jan 3, 2022"), dates the story.
    const reference = chooseReference({ published: d.published ?? dayFromUrl(d.url), datelineDate: d.dateline?.date });
    return {
      id,
      file: d.file,
      title: d.title ?? fallbackTitle(d.text),
      ...(d.byline ? { byline: d.byline } : {}),
      source: d.source,
      url: d.url,
      published: reference.reference,
      publishedBasis: reference.basis === "dateline" ? "text" : reference.reference ? (d.publishedBasis ?? "metadata") : null,
      text: d.text,
      dateline: d.dateline,
      bodyLine: lineOf(d),
      bodyOffset: d.bodyOffset,
      fileContent: d.fileContent,
    };
  });
  return { articles, problems, files };
}

/**
 * The same article saved twice (under two names, in two formats, or twice in a feed) is read once: the first
 * in path order is kept and the repeat is listed as a warning naming both, so nothing is lost silently and no
 * event is doubled. Texts are compared after normalising whitespace (CRLF, runs of spaces) and Unicode (NFC);
 * a hash stands for each text, so a large collection does not hold every text twice.
 */
function withoutRepeats(found: Draft[], seen: Map<string, string>, outcome: FileOutcome): Draft[] {
  const repeats = new Set<string>();
  const kept = found.filter((draft) => {
    const key = createHash("sha256").update(draft.text.normalize("NFC").replace(/\s+/g, " ").trim()).digest("base64");
    const where = draft.record ? `${draft.file}:${draft.record.line}` : draft.file;
    const first = seen.get(key);
    if (first !== undefined) {
      outcome.warnings.push(formatAt({ path: draft.file, line: draft.record?.line ?? 1, column: 1 }, `same article text as ${first}; read once`));
      repeats.add(first);
      return false;
    }
    seen.set(key, where);
    return true;
  });
  if (found.length > 0 && kept.length === 0) outcome.repeats = [...repeats];
  return kept;
}

// Only called for files listInputEntries found with an article extension.
function ingestFile(file: InputFile): { drafts: Draft[]; problems: PipelineError[]; warning: string | null } {
  const path = file.relativePath;
  const ext = extensionOf(path);
  const { text: content, warning } = readText(file);
  if (ext === ".jsonl") {
    const { records, problems } = parseJsonl(content, path);
    const drafts = records.map((r) => {
      const { recordId, line, ...fields } = r;
      return { ...fields, file: path, fileContent: content, record: { id: recordId, line } };
    });
    return { drafts, problems, warning };
  }
  const fields = ext === ".html" || ext === ".htm" ? parseHtmlArticle(content, path) : parseTextLike(content, path);
  const at = () => ({ path, ...new LineIndex(content).positionAt(fields.bodyOffset) });
  if (fields.text.trim() === "") throw new IngestError(at(), "no article body: the file has a header but no text");
  if (fields.text.length > MAX_ARTICLE_CHARS) {
    throw new IngestError(at(), `article text is ${fields.text.length.toLocaleString("en-US")} characters, over the limit of ${MAX_ARTICLE_CHARS.toLocaleString("en-US")} for one article: split it into articles`);
  }
  return { drafts: [{ ...fields, file: path, fileContent: content }], problems: [], warning };
}

function parseTextLike(content: string, path: string): ArticleFields {
  if (!hasFrontMatter(content)) return parseScrapedText(content, 0);
  const fm = parseFrontMatter(content, path);
  return {
    ...parseScrapedText(content, fm.bodyOffset, {
      title: fm.title,
      published: fm.published,
      publishedBasis: fm.published ? "metadata" : null,
      source: fm.source,
      url: fm.url,
    }),
    byline: fm.byline,
  };
}

function fallbackTitle(text: string): string {
  const firstLine = text.trim().split("\n")[0] ?? "";
  return firstLine.length > 100 ? `${firstLine.slice(0, 97).replace(/\s+\S*$/, "")}…` : firstLine || "Untitled article";
}
