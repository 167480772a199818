/**
 * The whole collection's export files, built from events.json on the server side: by the extract
 * command (next to events.json) and by the site's /data/exports/ files. Not for the browser: the
 * lanes need country names (lib/timeline-entry.ts), which the browser gets in its entries instead.
 */
import type { EventsFile } from "../schema";
import { timelineEntriesOf } from "../timeline-entry";
import { compareEvents } from "../view";
import { EXPORT_FORMATS, EXPORT_FORMAT_LIST } from "./index";
import { laneLabels } from "./lanes";
import type { ExportInput } from "./types";

/**
 * TimelineJS groups of the whole-collection file: by event type, the one lane every event has exactly
 * once (the site's default, no lanes, would give TimelineJS no groups at all).
 */
export const WHOLE_COLLECTION_LANES = "type" as const;

/** Everything the exporters need, in timeline order. `siteUrl`: the public origin, or null (no links). */
export function exportInputOf(file: EventsFile, siteUrl: string | null): ExportInput {
  const ordered = [...file.events].sort(compareEvents);
  return {
    events: ordered,
    articles: new Map(file.articles.map((a) => [a.id, { id: a.id, title: a.title, source: a.source, url: a.url, published: a.published }])),
    siteUrl,
    laneOf: laneLabels(timelineEntriesOf(file, ordered), WHOLE_COLLECTION_LANES),
  };
}

/** File name → contents, for every format. */
export function exportFiles(file: EventsFile, siteUrl: string | null): Record<string, string> {
  const input = exportInputOf(file, siteUrl);
  return Object.fromEntries(EXPORT_FORMAT_LIST.map((format) => [EXPORT_FORMATS[format].file, EXPORT_FORMATS[format].build(input)]));
}

/** The site's public origin from the environment (SITE_URL, as lib/site.ts reads it), or null: exports then carry no links. */
export function siteUrlFromEnv(env: Record<string, string | undefined>): string | null {
  const url = env.SITE_URL ?? env.NEXT_PUBLIC_SITE_URL;
  return url ? url.replace(/\/+$/, "") : null;
}
