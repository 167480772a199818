/**
 * The site's static data files, fetched by the browser (written by the routes under app/data/ and
 * app/search-index.json/). One place for their addresses, so the page that preloads a file and the
 * code that fetches it name the same one. Under the site's base path, as fetch() needs them.
 */
import { withBasePath } from "@/lib/base-path";

export const TIMELINE_FILE = withBasePath("/data/timeline.json");
export const ARTICLE_TITLES_FILE = withBasePath("/data/articles.json");
export const SEARCH_INDEX_FILE = withBasePath("/search-index.json");
