/**
 * The search worker: loads and indexes the search documents, then answers queries, off the page's
 * main thread. Indexing a big corpus's passages takes seconds (100,000 events: tens of megabytes of
 * text); in a worker the page keeps drawing and answering keys meanwhile.
 * Messages: { id, query } in (query null: only load), { id, hits } or { id, error } out.
 */
import { loadSearch, type SearchFn, type SearchHit } from "@/lib/search-engine";

export type SearchRequest = { id: number; query: string | null };
export type SearchReply = { id: number; hits: SearchHit[] } | { id: number; error: string };

// Typed by hand: the DOM and WebWorker libraries cannot share one TypeScript program.
const scope = self as unknown as { onmessage: ((event: MessageEvent<SearchRequest>) => void) | null; postMessage(reply: SearchReply): void };

let search: Promise<SearchFn> | null = null;

scope.onmessage = ({ data: { id, query } }) => {
  search ??= loadSearch();
  // A failed load or query is answered too: the page gives up this worker on a failed load.
  search
    .then((run) => scope.postMessage({ id, hits: query === null ? [] : run(query) }))
    .catch((error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }));
};
