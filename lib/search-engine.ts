/**
 * The full-text search itself: MiniSearch over each event's headline and passages. Pure (no fetch,
 * no DOM), so the same code runs in the search worker (lib/search.worker.ts) and, where a browser
 * cannot start one, on the page (lib/search.ts).
 */
import type MiniSearch from "minisearch";
import { readGzippedJson } from "@/lib/gzip-json";
import type { SearchDoc } from "@/lib/search-docs";

export interface SearchHit {
  id: string;
  /** The document terms that matched (lowercased), to highlight. */
  terms: string[];
  /** The passages that contain a match. */
  passages: string[];
}

export type SearchFn = (query: string) => SearchHit[];

export function createSearch(MiniSearchClass: typeof MiniSearch, docs: readonly SearchDoc[]): SearchFn {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const index = new MiniSearchClass<{ id: string; title: string; text: string }>({
    fields: ["title", "text"],
    searchOptions: { prefix: true, fuzzy: 0.15, combineWith: "AND", boost: { title: 2 } },
  });
  index.addAll(docs.map((d) => ({ id: d.id, title: d.title, text: d.passages.join("\n") })));
  return (query) =>
    index.search(query).map((r) => {
      const terms = new Set(r.terms.map((t) => t.toLowerCase()));
      const doc = byId.get(String(r.id));
      const matching = (doc?.passages ?? []).filter((p) => r.terms.some((t) => (r.match[t] ?? []).includes("text") && p.toLowerCase().includes(t)));
      return { id: String(r.id), terms: [...terms], passages: matching };
    });
}

/** Loads MiniSearch and the documents (/search-index.json.gz) and indexes them. */
export async function loadSearch(): Promise<SearchFn> {
  const { SEARCH_INDEX_FILE } = await import("@/lib/data-files");
  const [{ default: MiniSearchClass }, response] = await Promise.all([import("minisearch"), fetch(SEARCH_INDEX_FILE)]);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  return createSearch(MiniSearchClass, (await readGzippedJson(response)) as SearchDoc[]);
}
