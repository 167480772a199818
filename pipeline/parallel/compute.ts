/**
 * One article's own work, the part that needs no other article: its dates, then its events.
 * The same function runs in the main thread and in the worker threads, so both give the same events.
 */
import { extractDates } from "../dates/index";
import { articleEvents } from "../events/article-events";
import type { ArticleEvent } from "../events/types";
import type { IngestedArticle } from "../ingest/types";

export function eventsOfArticle(article: IngestedArticle, order: number): ArticleEvent[] {
  return articleEvents(article, order, extractDates(article.text, article.published));
}
