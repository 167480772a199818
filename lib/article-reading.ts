/**
 * What an article page shows, as data: the article, the titles of the articles that date it, and
 * the events quoting it (the first ARTICLE_EVENTS_SHOWN in time order, each with its passages'
 * offsets in this article). One shape for both ways the page is made:
 * - a prerendered page hands it to the client component that draws the page (ArticleReader), so
 *   the page's RSC payload carries this data once instead of every highlight's rendered markup;
 * - the app shell (`/articles/_/`, lib/article-pages.ts) fetches it from /data/articles/<id>.json
 *   and draws the same page in the browser.
 * The event shell reads the `article` of the same file for its passages in context.
 */
import type { Article, EventDate, TimelineEvent } from "@/lib/schema";
import { ARTICLE_EVENTS_SHOWN } from "@/lib/article-pages";

/** An event quoting the article: what its highlights and its entry in the side list need. */
export interface QuotingEvent {
  id: TimelineEvent["id"];
  title: TimelineEvent["title"];
  type: TimelineEvent["type"];
  date: Pick<EventDate, "start" | "end" | "precision"> | null;
  /** Its passages in this article as [start, end], the source's own offsets (which the passage anchors name). */
  passages: Array<[start: number, end: number]>;
}

export interface ArticleReading {
  article: Article;
  /** [id, title] of the articles its `publishedEvidence` names (pairs, not an object: ids are data). */
  evidenceTitles: Array<[id: string, title: string]>;
  /** The first ARTICLE_EVENTS_SHOWN events quoting it, chronological. */
  events: QuotingEvent[];
  /** How many events quote it in all. */
  total: number;
}

export function quotingEvent(event: TimelineEvent, articleId: string): QuotingEvent {
  const date = event.date ? { start: event.date.start, end: event.date.end, precision: event.date.precision } : null;
  const passages = event.sources.filter((s) => s.articleId === articleId).map((s): [number, number] => [s.start, s.end]);
  return { id: event.id, title: event.title, type: event.type, date, passages };
}

/** `quoting`: every event quoting the article, chronological; `titleOf`: another article's title. */
export function articleReading(article: Article, quoting: readonly TimelineEvent[], titleOf: (id: string) => string | undefined): ArticleReading {
  const evidenceTitles = [...new Set((article.publishedEvidence ?? []).map((e) => e.articleId))].flatMap((id): Array<[string, string]> => {
    const title = titleOf(id);
    return title === undefined ? [] : [[id, title]];
  });
  return {
    article,
    evidenceTitles,
    events: quoting.slice(0, ARTICLE_EVENTS_SHOWN).map((e) => quotingEvent(e, article.id)),
    total: quoting.length,
  };
}
