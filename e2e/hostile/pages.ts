/**
 * Which events and articles of the hostile site have a prerendered page: the rest are answered by the
 * app shells. Worked out from the data with the app's own rules (lib/event-pages.ts,
 * lib/article-pages.ts) and the limits ./server.ts builds with, as lib/data.ts does.
 */
import type { EventsFile } from "../../lib/schema";
import { prerenderedEventIds } from "../../lib/event-pages";
import { prerenderedArticleIds } from "../../lib/article-pages";
import { compareEvents } from "../../lib/view";
import { ARTICLE_PAGES, EVENT_PAGES } from "./dataset";

export function prerendered(file: EventsFile): { events: Set<string>; articles: Set<string> } {
  const articlesOf = (e: EventsFile["events"][number]) => [...new Set(e.sources.map((s) => s.articleId))];
  const ordered = [...file.events].sort(compareEvents);
  const events = new Set(prerenderedEventIds(ordered.map((e) => ({ id: e.id, articleIds: articlesOf(e) })), EVENT_PAGES));
  const onEventPage = new Set(ordered.filter((e) => events.has(e.id)).flatMap(articlesOf));
  const quotedBy = new Map<string, number>();
  for (const e of ordered) for (const id of articlesOf(e)) quotedBy.set(id, (quotedBy.get(id) ?? 0) + 1);
  const ranks = file.articles.map((a) => ({ id: a.id, quotedBy: quotedBy.get(a.id) ?? 0, onEventPage: onEventPage.has(a.id) }));
  return { events, articles: new Set(prerenderedArticleIds(ranks, ARTICLE_PAGES)) };
}
