/**
 * The build-time pipeline, stage by stage:
 * ingest → sentences → dates → actors → events → merge → validate → write.
 * Pure up to `write`: `extractEvents` returns the files' content so tests can check it without a disk.
 */
import { citedArticleIds } from "../lib/exports/types";
import { SCHEMA_VERSION, type Article, type EventsFile, type IdRegistry } from "../lib/schema";
import type { ArticleCache } from "./cache/article-cache";
import { PipelineError } from "./errors";
import type { ArticleEvent } from "./events/types";
import { toTimelineEvents } from "./events/to-schema";
import { offTopic } from "./events/topic";
import { ingestFolder, type FileOutcome, type IngestedArticle } from "./ingest/index";
import { mergeAcrossArticles } from "./merge/cross-article";
import { inferPublicationDates } from "./merge/infer-publication";
import { validateEventsFile } from "./output/validate";
import { eventsOfArticle } from "./parallel/compute";
import { computeAll, workerCount, type ArticleWork } from "./parallel/pool";
import { linkIds, type IdsReport } from "./registry/link";

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  summary: { files: number; articles: number; skippedFiles: number; ignoredFiles: number; duplicateFiles: number; events: number; undatedEvents: number; articlesWithoutPublicationDate: number; offTopicArticles: number; warnings: number; problems: number };
  /** Articles not read for events because they are about another topic (sports, business), by topic. */
  offTopic: Record<string, string[]>;
  /** Every entry of the input folder, with what became of it. */
  files: FileRow[];
  problems: string[];
  /** With an id registry: what became of the ids given out before, and passages that could not be found again. */
  ids?: IdsReport;
}

/**
 * ok: every article in the file was read; partial: some were not (see problems); skipped: none could be read
 * (bad input, see problems); ignored: not an article file (see reason); duplicate: every article in it
 * repeats one read from another file (see reason).
 */
export type FileStatus = "ok" | "partial" | "skipped" | "ignored" | "duplicate";

export interface FileRow {
  file: string;
  status: FileStatus;
  /** Why the file was not (fully) read, in a few words; null when it was. */
  reason: string | null;
  articles: string[];
  events: number;
  problems: string[];
  warnings: string[];
}

export interface ExtractResult {
  eventsFile: EventsFile;
  report: Report;
  /** Every problem found; the caller decides whether they stop the build. */
  problems: PipelineError[];
  /** The updated id registry, when one was given (pipeline/registry). */
  registry?: IdRegistry;
}

export interface ExtractOptions {
  /** Reuse the events of articles that did not change since the last run (default: no cache at all). */
  cache?: ArticleCache;
  /** The id registry of earlier runs (null: none yet) to give ids from; left out, ids are numbered afresh. */
  registry?: IdRegistry | null;
}

export function extractEvents(inDir: string, options: ExtractOptions = {}): ExtractResult {
  return extractFromIngested(ingestFolder(inDir), options);
}

/**
 * The same result, with the articles' own work (dates, then events) spread over worker threads
 * first when there are enough articles the cache does not hold; the rest (merging across
 * articles, ids, validation) then runs as in extractEvents on those results. `onProgress` hears
 * how many of those articles are done, for a progress bar.
 */
export async function extractEventsInParallel(inDir: string, options: ExtractOptions & { onProgress?: (done: number, total: number) => void } = {}): Promise<ExtractResult> {
  const ingested = ingestFolder(inDir);
  const jobs = ingested.articles.map((article, order) => ({ article, order })).filter(({ article }) => !options.cache?.has(article));
  const threads = workerCount(jobs.length);
  const precomputed = threads === 0 ? undefined : await computeAll(jobs, threads, (done) => options.onProgress?.(done, jobs.length));
  return extractFromIngested(ingested, { ...options, precomputed });
}

function extractFromIngested(ingested: ReturnType<typeof ingestFolder>, options: ExtractOptions & { precomputed?: ReadonlyMap<number, ArticleWork> }): ExtractResult {
  const problems: PipelineError[] = [...ingested.problems];
  const articles = ingested.articles;

  // A worker's result holds for the article as it was read: one whose publication date is inferred below is read again.
  const compute = (article: IngestedArticle, order: number) => {
    const done = article.publishedBasis === "inferred" ? undefined : options.precomputed?.get(order);
    return done ? done.events : eventsOfArticle(article, order);
  };
  const eventsOf = (article: IngestedArticle, order: number) => {
    // A failure on one article (a bug the input found) is that article's problem, not the end of the run:
    // with --keep-going the others are still written. Caught outside the cache, so a failure is never cached.
    try {
      return options.cache ? options.cache.eventsOf(article, order, () => compute(article, order)) : compute(article, order);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      problems.push(new PipelineError("events", { path: article.file, line: article.bodyLine ?? 1, column: 1 }, `could not extract events from this article (please report it): ${message}`));
      return [];
    }
  };
  let reports = articles.flatMap(eventsOf);
  let merged = mergeAcrossArticles(reports);
  // Undated articles that report happenings other articles date get their date inferred from them;
  // their events are then read again against it.
  const inferred = inferPublicationDates(articles, merged);
  if (inferred.size > 0) {
    for (const article of articles) {
      const inference = inferred.get(article.id);
      if (!inference) continue;
      article.published = inference.published;
      article.publishedBasis = "inferred";
      article.publishedEvidence = inference.evidence;
    }
    const byOrder = new Map<number, ArticleEvent[]>();
    for (const r of reports) byOrder.set(r.articleOrder, [...(byOrder.get(r.articleOrder) ?? []), r]);
    reports = articles.flatMap((article, order) => (inferred.has(article.id) ? eventsOf(article, order) : (byOrder.get(order) ?? [])));
    merged = mergeAcrossArticles(reports);
  }
  const byId = new Map(articles.map((a) => [a.id, a]));
  const events = toTimelineEvents(merged, (id) => byId.get(id)!.text);
  const unreadable = new Set(ingested.files.filter((f) => f.problems.length > 0).map((f) => f.file));
  const linked = options.registry === undefined ? null : linkIds(options.registry, events, articles, unreadable);
  const eventsFile: EventsFile = { schemaVersion: SCHEMA_VERSION, articles: articles.map(publicArticle), events: linked?.events ?? events };

  problems.push(...validateEventsFile(eventsFile, (id) => byId.get(id)));
  const report = makeReport(ingested.files, articles, eventsFile, problems);
  if (!linked) return { eventsFile, report, problems };
  return { eventsFile, report: { ...report, ids: linked.report }, problems, registry: linked.registry };
}

/** The article as events.json carries it: no internal fields, keys in a fixed order. */
function publicArticle(a: IngestedArticle): Article {
  return {
    id: a.id, file: a.file, title: a.title, ...(a.byline ? { byline: a.byline } : {}), source: a.source, url: a.url, published: a.published,
    publishedBasis: a.publishedBasis, text: a.text, dateline: a.dateline ?? null, bodyLine: a.bodyLine,
    ...(a.publishedEvidence ? { publishedEvidence: a.publishedEvidence } : {}),
  };
}

function makeReport(files: FileOutcome[], articles: IngestedArticle[], data: EventsFile, problems: PipelineError[]): Report {
  const offTopicIds: Record<string, string[]> = {};
  for (const a of articles) {
    const topic = offTopic(a.title, a.text);
    if (topic) (offTopicIds[topic] ??= []).push(a.id);
  }
  const eventsPerArticle = new Map<string, number>();
  for (const event of data.events) for (const id of citedArticleIds(event)) eventsPerArticle.set(id, (eventsPerArticle.get(id) ?? 0) + 1);
  // Problems found after ingest (an article whose extraction failed) belong to the row of their file too.
  const laterProblems = new Map<string, string[]>();
  for (const p of problems) if (p.stage !== "ingest") laterProblems.set(p.position.path, [...(laterProblems.get(p.position.path) ?? []), p.format()]);
  const fileRows = files.map((f): FileRow => {
    const fileProblems = [...f.problems, ...(laterProblems.get(f.file) ?? [])];
    const status: FileStatus = f.ignored ? "ignored" : f.repeats ? "duplicate" : f.articles.length === 0 ? "skipped" : fileProblems.length > 0 ? "partial" : "ok";
    const firstProblem = fileProblems[0]?.replace(/^.*?:\d+:\d+: /, "") ?? null;
    const reason = f.ignored ?? (f.repeats ? `same article text as ${f.repeats.join(", ")}` : status === "ok" ? null : status === "partial" ? `${fileProblems.length} problem${fileProblems.length === 1 ? "" : "s"}, first: ${firstProblem}` : firstProblem);
    const events = f.articles.reduce((n, id) => n + (eventsPerArticle.get(id) ?? 0), 0);
    return { file: f.file, status, reason, articles: f.articles, events, problems: fileProblems, warnings: f.warnings };
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    summary: {
      files: files.length,
      articles: articles.length,
      skippedFiles: fileRows.filter((f) => f.status === "skipped").length,
      ignoredFiles: fileRows.filter((f) => f.status === "ignored").length,
      duplicateFiles: fileRows.filter((f) => f.status === "duplicate").length,
      events: data.events.length,
      undatedEvents: data.events.filter((e) => e.date === null).length,
      articlesWithoutPublicationDate: articles.filter((a) => a.published === null).length,
      offTopicArticles: Object.values(offTopicIds).reduce((n, ids) => n + ids.length, 0),
      warnings: files.reduce((n, f) => n + f.warnings.length, 0),
      problems: problems.length,
    },
    offTopic: offTopicIds,
    files: fileRows,
    problems: problems.map((p) => p.format()),
  };
}
