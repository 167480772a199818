"use client";

import { startTransition, useEffect, useMemo, useState } from "react";
import { ARTICLE_TITLES_FILE, TIMELINE_FILE } from "@/lib/data-files";
import { isGzipped, readGzippedJson } from "@/lib/gzip-json";
import type { ArticleTitles, EncodedTimeline, TimelineData } from "@/lib/timeline-file";

const loads = new Map<string, Promise<unknown>>();

/** A data file the site answered with an error status (404: no such file). */
export class HttpError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
  ) {
    super(`${path}: HTTP ${status}`);
    this.name = "HttpError";
  }
}

/** A static JSON file of the site (plain, or `.json.gz`: lib/gzip-json.ts), fetched once per page load (a failed fetch may be tried again). */
export function loadOnce<T>(path: string): Promise<T> {
  let load = loads.get(path);
  if (!load) {
    load = fetch(path)
      .then((response) => {
        if (!response.ok) throw new HttpError(path, response.status);
        return isGzipped(path) ? readGzippedJson(response) : response.json();
      })
      .catch((error: unknown) => {
        loads.delete(path);
        throw error;
      });
    loads.set(path, load);
  }
  return load as Promise<T>;
}

/** The file, or null when the site has no such file (an address naming nothing). */
export function loadOnceIfThere<T>(path: string): Promise<T | null> {
  return loadOnce<T>(path).catch((error: unknown) => {
    if (error instanceof HttpError && error.status === 404) return null;
    throw error;
  });
}

/** The site's timeline file (app/data/timeline.json), decoded (the decoder is a chunk of its own: small sites never load it). */
export async function loadTimelineData(): Promise<TimelineData> {
  const [{ decodeTimelineInSlices }, encoded] = await Promise.all([import("@/lib/timeline-file"), loadOnce<EncodedTimeline>(TIMELINE_FILE)]);
  return decodeTimelineInSlices(encoded);
}

/** The articles' titles (app/data/articles.json), for the source filter. */
export function loadArticleTitles(): Promise<ArticleTitles> {
  return loadOnce<ArticleTitles>(ARTICLE_TITLES_FILE);
}

export type TimelineDataState = { status: "ready"; data: TimelineData } | { status: "loading" | "failed"; data: null };

/**
 * The entries the page carried (small corpora), or else the timeline file, loaded after the first
 * paint: the page's HTML stays small however many events there are.
 */
export function useTimelineData(inline: TimelineData | null): TimelineDataState {
  const [state, setState] = useState<TimelineDataState>(inline ? { status: "ready", data: inline } : { status: "loading", data: null });
  useEffect(() => {
    if (inline) return;
    let live = true;
    loadTimelineData().then(
      // A transition: React renders thousands of entries' filters, facets and lists in slices,
      // yielding to the browser between them, instead of in one long task.
      (data) => live && startTransition(() => setState({ status: "ready", data })),
      () => live && setState({ status: "failed", data: null }),
    );
    return () => {
      live = false;
    };
  }, [inline]);
  return inline ? { status: "ready", data: inline } : state;
}

/**
 * The articles with their titles: as given when the page carried them, else once `wanted` (the
 * source filter is used) from /data/articles.json; until then the articles the timeline file names, by id.
 */
export function useArticleTitles(articles: TimelineData["articles"], inline: boolean, wanted: boolean): TimelineData["articles"] {
  const [titles, setTitles] = useState<ArticleTitles | null>(null);
  useEffect(() => {
    if (inline || !wanted || titles) return;
    let live = true;
    loadArticleTitles().then(
      (loaded) => live && setTitles(loaded),
      () => {}, // the filter keeps naming articles by id
    );
    return () => {
      live = false;
    };
  }, [inline, wanted, titles]);
  return useMemo(() => (titles ? titles.map(([id, title]) => ({ id, title })) : articles), [titles, articles]);
}
