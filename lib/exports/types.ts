/**
 * What every exporter reads: full events (passages and offsets included), the cited articles'
 * citation data, and where the site lives. Pure data: the same input builds the same bytes in the
 * extract command (Node) and in the browser (the timeline page's Download control).
 */
import type { Article, Source, TimelineEvent } from "../schema";
import { eventPath } from "../passages";

/**
 * An event as the exporters read it: in full, but its sources may lack their W3C selector, which
 * repeats the quote and which no export writes. The browser builds its files from the event shards
 * (lib/event-shards.ts ShardEvent), which leave the selector out; `npm run extract` passes full
 * events, which are these too.
 */
export type ExportEvent = Omit<TimelineEvent, "sources"> & { sources: Array<Omit<Source, "selector">> };

/** An article as a citation: no text (an export quotes passages, it does not carry articles). */
export type ExportArticle = Pick<Article, "id" | "title" | "source" | "url" | "published">;

/** The site the events come from. */
export interface ExportSite {
  /** Its address, origin and base path ("https://example.org/timeline"), for links to event pages; null: no links. */
  url: string | null;
  /** Its title (timeline.config.json's, else "Diplomatic Timeline"): the calendar's name, the TimelineJS title slide. */
  title: string;
}

export interface ExportInput {
  /** In the order the file lists them: timeline order (chronological, undated last). */
  events: readonly ExportEvent[];
  /** The articles the events cite, by id (others may be there too). */
  articles: ReadonlyMap<string, ExportArticle>;
  site: ExportSite;
  /** The lane each event is drawn in (lib/lanes.ts label), for TimelineJS groups; absent: no groups. */
  laneOf?: ReadonlyMap<string, string>;
}

/** The event's own page on the site, or null when the site's address is not known. */
export function eventPageUrl(siteUrl: string | null, eventId: string): string | null {
  return siteUrl ? `${siteUrl.replace(/\/+$/, "")}${eventPath(eventId)}` : null;
}

/** The distinct articles an event cites, in the order its sources give them. */
export function citedArticleIds(event: ExportEvent): string[] {
  return [...new Set(event.sources.map((s) => s.articleId))];
}
