/**
 * The site's static data files, fetched by the browser (written by the routes under app/data/ and
 * app/search-index.json.gz/). One place for their addresses, so the page that preloads a file and the
 * code that fetches it name the same one. Under the site's base path, as fetch() needs them.
 */
import { withBasePath } from "@/lib/base-path";

export const TIMELINE_FILE = withBasePath("/data/timeline.json");
export const ARTICLE_TITLES_FILE = withBasePath("/data/articles.json");
export const SEARCH_INDEX_FILE = withBasePath("/search-index.json.gz");

// Files found by a key (`base`: another base path, for the tests).
/** An event detail shard (lib/event-shards.ts), gzipped (lib/gzip-json.ts). */
export const shardPath = (shard: number, base?: string) => withBasePath(`/data/events/${shard}.json.gz`, base);
/** An article with the events quoting it (lib/article-reading.ts). */
export const articleDataPath = (articleId: string, base?: string) => withBasePath(`/data/articles/${encodeURIComponent(articleId)}.json`, base);
/** A shard of article citations for the Download control (lib/exports/citations.ts). */
export const citationShardPath = (shard: number, base?: string) => withBasePath(`/data/exports/articles/${shard}.json`, base);
/** The whole collection's file of one export format. */
export const wholeExportPath = (file: string, base?: string) => withBasePath(`/data/exports/${file}`, base);
