"use client";

import { useEffect, useState } from "react";
import { loadSearcher, type SearchHit } from "@/lib/search";

export interface SearchState {
  /** The events found, by id; null when there is no search or no result yet (nothing is hidden). */
  hits: ReadonlyMap<string, SearchHit> | null;
  status: "idle" | "loading" | "ready" | "failed";
}

interface Result {
  q: string;
  hits: ReadonlyMap<string, SearchHit> | null;
}

/**
 * Runs the search for `q` once the lazily loaded index is there. While a newer query is being
 * answered the previous hits stay, so the lists do not flash back to everything between keys.
 */
export function useSearch(q: string): SearchState {
  const [result, setResult] = useState<Result | null>(null);
  useEffect(() => {
    if (!q) return;
    let live = true;
    loadSearcher()
      .then((searcher) => searcher.search(q))
      .then(
      (hits) => {
        if (live) setResult({ q, hits: new Map(hits.map((h) => [h.id, h])) });
      },
      () => {
        if (live) setResult({ q, hits: null });
      },
    );
    return () => {
      live = false;
    };
  }, [q]);
  if (!q) return { hits: null, status: "idle" };
  if (!result) return { hits: null, status: "loading" };
  if (result.q !== q) return { hits: result.hits, status: "loading" };
  return { hits: result.hits, status: result.hits ? "ready" : "failed" };
}
