/**
 * Full-text search in the browser, loaded on first use, never with the page: most visits never
 * search. The index lives in a worker (lib/search.worker.ts) so that building it over a big corpus
 * never freezes the page; where no worker can start (an old browser, a policy that forbids it) the
 * same engine runs on the page.
 */
import type { SearchHit } from "@/lib/search-engine";
import type { SearchReply, SearchRequest } from "@/lib/search.worker";

export type { SearchHit } from "@/lib/search-engine";

export interface Searcher {
  search(query: string): Promise<SearchHit[]>;
}

/** The worker could not start, or stopped: the page searches by itself from then on. */
class WorkerGone extends Error {}

function workerSearcher(): Promise<Searcher> {
  const worker = new Worker(new URL("./search.worker.ts", import.meta.url), { type: "module", name: "search" });
  const waiting = new Map<number, { resolve: (hits: SearchHit[]) => void; reject: (error: Error) => void }>();
  let next = 0;
  const ask = (query: string | null) =>
    new Promise<SearchHit[]>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, query } satisfies SearchRequest);
    });
  worker.onmessage = ({ data }: MessageEvent<SearchReply>) => {
    const request = waiting.get(data.id);
    waiting.delete(data.id);
    if ("error" in data) request?.reject(new Error(data.error));
    else request?.resolve(data.hits);
  };
  // A worker that cannot start (or dies) fails every pending request: the page then searches itself.
  const failed = new Promise<never>((_, reject) => {
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new WorkerGone(`search worker: ${event.message || "could not start"}`);
      for (const request of waiting.values()) request.reject(error);
      waiting.clear();
      reject(error);
    };
  });
  failed.catch(() => worker.terminate());
  return Promise.race([ask(null), failed]).then(
    () => ({ search: (query) => Promise.race([ask(query), failed]) }),
    (error: unknown) => {
      // The index could not be loaded: the next search starts afresh, with a new worker.
      worker.terminate();
      throw error;
    },
  );
}

async function pageSearcher(): Promise<Searcher> {
  const { loadSearch } = await import("@/lib/search-engine");
  const run = await loadSearch();
  return { search: async (query) => run(query) };
}

async function anySearcher(): Promise<Searcher> {
  if (typeof Worker !== "function") return pageSearcher();
  let worker: Searcher;
  try {
    worker = await workerSearcher();
  } catch (error) {
    if (error instanceof WorkerGone) return pageSearcher();
    throw error;
  }
  let page: Promise<Searcher> | null = null;
  return {
    search: (query) =>
      worker.search(query).catch((error: unknown) => {
        if (!(error instanceof WorkerGone)) throw error;
        page ??= pageSearcher();
        return page.then((searcher) => searcher.search(query));
      }),
  };
}

let loading: Promise<Searcher> | null = null;

/** The searcher, loading it on the first call; a failed load is retried on the next call. */
export function loadSearcher(): Promise<Searcher> {
  loading ??= anySearcher().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
