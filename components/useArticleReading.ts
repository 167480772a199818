"use client";

import { useEffect, useState } from "react";
import type { ArticleReading } from "@/lib/article-reading";
import { articleDataPath } from "@/lib/data-files";

export type ArticleReadingState = { status: "loading" | "missing" | "failed"; reading: null } | { status: "ready"; reading: ArticleReading };

/** The article and the events quoting it, from /data/articles/<id>.json; null when no article has the id (404). */
async function loadReading(id: string): Promise<ArticleReading | null> {
  const response = await fetch(articleDataPath(id));
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${articleDataPath(id)}: HTTP ${response.status}`);
  return (await response.json()) as ArticleReading;
}

/** What the article app shell (lib/article-pages.ts) shows for the article the address names. */
export function useArticleReading(id: string | null): ArticleReadingState {
  const [state, setState] = useState<{ id: string | null; state: ArticleReadingState }>({ id: null, state: { status: "loading", reading: null } });
  useEffect(() => {
    if (!id) return;
    let live = true;
    loadReading(id).then(
      (reading) => live && setState({ id, state: reading ? { status: "ready", reading } : { status: "missing", reading: null } }),
      () => live && setState({ id, state: { status: "failed", reading: null } }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  if (!id) return { status: "missing", reading: null };
  return state.id === id ? state.state : { status: "loading", reading: null };
}
