/**
 * Which articles get a page of their own at build time. Like event pages (lib/event-pages.ts), one
 * static page per article does not scale: a 100,000-event corpus has tens of thousands of articles.
 * Up to TIMELINE_ARTICLE_PAGES articles (default 1,000) every article gets its page. Past that, only
 * the articles the prerendered event pages quote do (the most quoted first, if they are more than
 * the limit), and every other article's address is answered by one app-shell page, `/articles/_/`,
 * which reads the id from the address and loads the article and the events quoting it from
 * /data/articles/<id>.json (lib/article-reading.ts).
 *
 * Why those: a prerendered page is what readers without JavaScript and crawlers get, and they reach
 * articles through the passage links of prerendered event pages; so every such link keeps working
 * without JavaScript, and no page is built that no prerendered page leads to (every other address
 * works in the browser, through the shell). Pages are what a site build's time and size grow with:
 * at 100,000 events (docs/scale.md) the 1,000 event pages quote 70 articles, and filling up to
 * 1,000 article pages with the most quoted others made 112 MB of output, a fifth of the bar.
 * A fixed, data-made choice: the same input keeps the same pages.
 */
import { bestInOrder, idFromPathUnder, pageLimit, SHELL_ID } from "@/lib/shell-pages";

export { SHELL_ID };

/**
 * An article page lists (and highlights) at most this many of the events quoting it, the first in
 * time; it links to all of them on the timeline. Each listed event adds about 2 KB to a page (its
 * entry in the HTML, and its data in the four copies of the RSC payload, components/ArticleReader.tsx).
 */
export const ARTICLE_EVENTS_SHOWN = 100;

export const articlePageLimit = (env: Record<string, string | undefined> = process.env): number => pageLimit("TIMELINE_ARTICLE_PAGES", env);

export interface ArticleRank {
  id: string;
  /** How many events quote it. */
  quotedBy: number;
  /** Whether a prerendered event page quotes it. */
  onEventPage: boolean;
}

/** The ids to prerender, in the given (events file) order; all of them when there are at most `limit`. */
export function prerenderedArticleIds(articles: readonly ArticleRank[], limit: number): string[] {
  if (articles.some((a) => a.id === SHELL_ID)) throw new Error(`an article has the id '${SHELL_ID}', which names the app-shell page: rename its file`);
  if (articles.length <= limit) return articles.map((a) => a.id);
  return bestInOrder(articles.filter((a) => a.onEventPage), limit, (a) => a.quotedBy);
}

/** The article id an address names ("/articles/<id>/"), or null. */
export const articleIdFromPath = (pathname: string | null): string | null => idFromPathUnder("articles", pathname);
