/**
 * Ingest: a folder of article files → articles with a body, a title, a publication day and its basis.
 * Bad files never stop the others from being read: each problem is returned with its position, and the
 * caller decides (exit 1, or skip with --keep-going).
 */
import { chooseReference } from "../dates/reference";
import { IngestError, LineIndex, PipelineError } from "../errors";
import { articleIdFor, uniqueIds } from "./article-id";
import { hasFrontMatter, parseFrontMatter } from "./front-matter";
import { parseHtmlArticle } from "./html";
import { parseJsonl } from "./jsonl";
import { dayFromUrl } from "./url-date";
import { ARTICLE_EXTENSIONS, extensionOf, listInputFiles, readText, type InputFile } from "./read-input";
import { parseScrapedText } from "./scraped-text";
import type { ArticleFields, IngestedArticle } from "./types";

export type { IngestedArticle } from "./types";

export interface FileOutcome {
  file: string;
  articles: string[];
  problems: string[];
  /** Things read but worth knowing: another encoding, an article that repeats another. */
  warnings: string[];
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
  for (const file of listInputFiles(dir)) {
    const outcome: FileOutcome = { file: file.relativePath, articles: [], problems: [], warnings: [] };
    files.push(outcome);
    try {
      const { drafts: found, problems: partial, warning } = ingestFile(file);
      if (warning) outcome.warnings.push(warning);
      drafts.push(...withoutRepeats(found, seenTexts, outcome));
      problems.push(...partial);
      outcome.problems.push(...partial.map((p) => p.format()));
    } catch (error) {
      const problem = error instanceof PipelineError ? error : new IngestError({ path: file.relativePath, line: 1, column: 1 }, String(error));
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
 * The same article saved twice (under two names, or twice in a feed) is read once: the first in path
 * order is kept and the repeat is listed as a warning, so nothing is lost silently.
 */
function withoutRepeats(found: Draft[], seen: Map<string, string>, outcome: FileOutcome): Draft[] {
  return found.filter((draft) => {
    const key = draft.text.replace(/\s+/g, " ").trim();
    const where = draft.record ? `${draft.file}:${draft.record.line}` : draft.file;
    const first = seen.get(key);
    if (first !== undefined) {
      outcome.warnings.push(`${where}:1:1: same article text as ${first}; read once`);
      return false;
    }
    seen.set(key, where);
    return true;
  });
}

export function ingestFile(file: InputFile): { drafts: Draft[]; problems: PipelineError[]; warning: string | null } {
  const path = file.relativePath;
  const ext = extensionOf(path);
  if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new IngestError({ path, line: 1, column: 1 }, `unsupported file type '${ext || "(none)"}': articles are ${ARTICLE_EXTENSIONS.join(", ")}`);
  }
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
  if (fields.text.trim() === "") throw new IngestError({ path, line: 1, column: 1 }, "no article body: the file has a header but no text");
  return { drafts: [{ ...fields, file: path, fileContent: content }], problems: [], warning };
}

function parseTextLike(content: string, path: string): ArticleFields {
  if (!hasFrontMatter(content)) return parseScrapedText(content, 0);
  const fm = parseFrontMatter(content, path);
  return parseScrapedText(content, fm.bodyOffset, {
    title: fm.title,
    published: fm.published,
    publishedBasis: fm.published ? "metadata" : null,
    source: fm.source,
    url: fm.url,
  });
}

function fallbackTitle(text: string): string {
  const firstLine = text.trim().split("\n")[0] ?? "";
  return firstLine.length > 100 ? `${firstLine.slice(0, 97).replace(/\s+\S*$/, "")}…` : firstLine || "Untitled article";
}
