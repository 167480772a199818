/**
 * Full-text search in the browser with MiniSearch. The library and the documents
 * (/search-index.json) are loaded on first use, never with the page: most visits never search.
 */
import type { SearchDoc } from "@/lib/search-docs";

export interface SearchHit {
  id: string;
  /** The document terms that matched (lowercased), to highlight. */
  terms: string[];
  /** The passages that contain a match. */
  passages: string[];
}

export interface Searcher {
  search(query: string): SearchHit[];
}

let loading: Promise<Searcher> | null = null;

async function load(): Promise<Searcher> {
  const [{ default: MiniSearch }, response] = await Promise.all([import("minisearch"), fetch("/search-index.json")]);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  const docs = (await response.json()) as SearchDoc[];
  const byId = new Map(docs.map((d) => [d.id, d]));
  const index = new MiniSearch<{ id: string; title: string; text: string }>({
    fields: ["title", "text"],
    searchOptions: { prefix: true, fuzzy: 0.15, combineWith: "AND", boost: { title: 2 } },
  });
  index.addAll(docs.map((d) => ({ id: d.id, title: d.title, text: d.passages.join("\n") })));
  return {
    search(query) {
      return index.search(query).map((r) => {
        const terms = new Set(r.terms.map((t) => t.toLowerCase()));
        const doc = byId.get(String(r.id));
        const matching = (doc?.passages ?? []).filter((p) => r.terms.some((t) => (r.match[t] ?? []).includes("text") && p.toLowerCase().includes(t)));
        return { id: String(r.id), terms: [...terms], passages: matching };
      });
    },
  };
}

/** The searcher, loading it on the first call; a failed load is retried on the next call. */
export function loadSearcher(): Promise<Searcher> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
