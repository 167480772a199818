/**
 * What the browser's full-text search indexes: each event's headline and the passages that
 * report it. Emitted at build time, gzipped, as /search-index.json.gz (app/search-index.json.gz/route.ts) and
 * fetched only when someone searches, so pages do not carry every passage.
 */
import type { EventsFile } from "@/lib/schema";

export interface SearchDoc {
  id: string;
  title: string;
  /** The passages' quotes, whitespace collapsed. */
  passages: string[];
}

export function buildSearchDocs(file: EventsFile): SearchDoc[] {
  return file.events.map((e) => ({
    id: e.id,
    title: e.title,
    passages: [...new Set(e.sources.map((s) => s.quote.replace(/\s+/g, " ").trim()))],
  }));
}
