/**
 * The articles as citations (id, title, publisher, address, publication day: no text), in shards the
 * browser finds by article id alone, like the events' (lib/event-shards.ts): the Download control
 * fetches the shards of the articles its events cite, never every article. Shards are counted over the
 * articles that events cite, a number both sides know (the browser from the timeline entries).
 */
import type { Article } from "../schema";
import { shardCount, shardOf } from "../event-shards";
import type { ExportArticle } from "./types";

export type ArticleCitation = [id: string, title: string, source: string | null, url: string | null, published: string | null];

export function citationShardOf(articleId: string, citedArticles: number): number {
  return shardOf(articleId, shardCount(citedArticles));
}

export const toCitation = (a: Pick<Article, "id" | "title" | "source" | "url" | "published">): ArticleCitation => [a.id, a.title, a.source, a.url, a.published];

export const fromCitation = ([id, title, source, url, published]: ArticleCitation): ExportArticle => ({ id, title, source, url, published });

/** Every cited article's citation, by shard (server side: the shard files). */
export function citationShards(articles: readonly Article[], citedIds: ReadonlySet<string>): ArticleCitation[][] {
  const cited = articles.filter((a) => citedIds.has(a.id));
  const shards: ArticleCitation[][] = Array.from({ length: shardCount(cited.length) }, () => []);
  for (const article of cited) shards[citationShardOf(article.id, cited.length)]!.push(toCitation(article));
  return shards;
}
