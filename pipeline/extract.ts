/**
 * The build-time pipeline, stage by stage:
 * ingest → sentences → dates → actors → events → merge → validate → write.
 * Pure up to `write`: `extractEvents` returns the files' content so tests can check it without a disk.
 */
import { SCHEMA_VERSION, type Article, type EventsFile, type IdRegistry } from "../lib/schema";
import type { ArticleCache } from "./cache/article-cache";
import { extractDates } from "./dates/index";
import { PipelineError } from "./errors";
import { articleEvents } from "./events/article-events";
import type { ArticleEvent } from "./events/types";
import { toTimelineEvents } from "./events/to-schema";
import { offTopic } from "./events/topic";
import { ingestFolder, type FileOutcome, type IngestedArticle } from "./ingest/index";
import { mergeAcrossArticles } from "./merge/cross-article";
import { inferPublicationDates } from "./merge/infer-publication";
import { validateEventsFile } from "./output/validate";
import { linkIds, type IdsReport } from "./registry/link";

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  summary: { files: number; articles: number; skippedFiles: number; events: number; undatedEvents: number; articlesWithoutPublicationDate: number; offTopicArticles: number; warnings: number; problems: number };
  /** Articles not read for events because they are about another topic (sports, business), by topic. */
  offTopic: Record<string, string[]>;
  files: Array<FileOutcome & { events: number; status: "ok" | "partial" | "skipped" }>;
  problems: string[];
  /** With an id registry: what became of the ids given out before, and passages that could not be found again. */
  ids?: IdsReport;
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
  const ingested = ingestFolder(inDir);
  const problems: PipelineError[] = [...ingested.problems];
  const articles = ingested.articles;

  const compute = (article: IngestedArticle, order: number) => articleEvents(article, order, extractDates(article.text, article.published));
  const eventsOf = (article: IngestedArticle, order: number) => (options.cache ? options.cache.eventsOf(article, order, () => compute(article, order)) : compute(article, order));
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
    id: a.id, file: a.file, title: a.title, source: a.source, url: a.url, published: a.published,
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
  for (const event of data.events) for (const id of new Set(event.sources.map((s) => s.articleId))) eventsPerArticle.set(id, (eventsPerArticle.get(id) ?? 0) + 1);
  const fileRows = files.map((f) => ({
    ...f,
    events: f.articles.reduce((n, id) => n + (eventsPerArticle.get(id) ?? 0), 0),
    status: (f.articles.length === 0 ? "skipped" : f.problems.length > 0 ? "partial" : "ok") as "ok" | "partial" | "skipped",
  }));
  return {
    schemaVersion: SCHEMA_VERSION,
    summary: {
      files: files.length,
      articles: articles.length,
      skippedFiles: fileRows.filter((f) => f.status === "skipped").length,
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
