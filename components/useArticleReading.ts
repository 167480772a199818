"use client";

import type { ArticleReading } from "@/lib/article-reading";
import { articleDataPath } from "@/lib/data-files";
import { loadOnceIfThere } from "@/components/useTimelineData";
import { useLoadedById, type LoadedById } from "@/components/useLoadedById";

/** The article and the events quoting it, from /data/articles/<id>.json; null when no article has the id (404). */
const loadReading = (id: string) => loadOnceIfThere<ArticleReading>(articleDataPath(id));

/** What the article app shell (lib/article-pages.ts) shows for the article the address names. */
export function useArticleReading(id: string | null): LoadedById<ArticleReading> {
  return useLoadedById(id, loadReading);
}
