/**
 * The whole collection's export files, built from events.json on the server side: by the extract
 * command (next to events.json) and by the site's /data/exports/ files. Not for the browser: the
 * lanes need country names (lib/timeline-entry.ts), which the browser gets in its entries instead.
 */
import type { EventsFile, TimelineEvent } from "../schema";
import type { TimelineEntry } from "../view";
import { timelineEntriesOf } from "../timeline-entry";
import { compareEvents } from "../view";
import { EXPORT_FORMATS, EXPORT_FORMAT_LIST } from "./index";
import { laneLabels } from "./lanes";
import type { ExportInput, ExportSite } from "./types";

/**
 * TimelineJS groups of the whole-collection file: by event type, the one lane every event has exactly
 * once (the site's default, no lanes, would give TimelineJS no groups at all).
 */
export const WHOLE_COLLECTION_LANES = "type" as const;

/** The events in timeline order and their entries, when the caller has them already (lib/data.ts). */
export interface Ordered {
  ordered: TimelineEvent[];
  entries: TimelineEntry[];
}

/** Everything the exporters need, in timeline order. */
export function exportInputOf(file: EventsFile, site: ExportSite, made?: Ordered): ExportInput {
  const ordered = made?.ordered ?? [...file.events].sort(compareEvents);
  return {
    events: ordered,
    articles: new Map(file.articles.map((a) => [a.id, { id: a.id, title: a.title, source: a.source, url: a.url, published: a.published }])),
    site,
    laneOf: laneLabels(made?.entries ?? timelineEntriesOf(file, ordered), WHOLE_COLLECTION_LANES),
  };
}

/** File name → contents, for every format. */
export function exportFiles(file: EventsFile, site: ExportSite, made?: Ordered): Record<string, string> {
  const input = exportInputOf(file, site, made);
  return Object.fromEntries(EXPORT_FORMAT_LIST.map((format) => [EXPORT_FORMATS[format].file, EXPORT_FORMATS[format].build(input)]));
}

