/**
 * The site's static data files, fetched by the browser (written by the routes under app/data/ and
 * app/search-index.json/). One place for their addresses, so the page that preloads a file and the
 * code that fetches it name the same one.
 */
export const TIMELINE_FILE = "/data/timeline.json";
export const ARTICLE_TITLES_FILE = "/data/articles.json";
export const SEARCH_INDEX_FILE = "/search-index.json";
