/**
 * The Download control's work, loaded only when a file is asked for (a chunk of its own: the timeline
 * page's first JavaScript stays as it was). Builds the file of the events in view with the same
 * exporters as `npm run extract` (lib/exports): their full records come from the event shards the
 * app shell already uses (lib/event-shards.ts), the articles' citations from their own shards
 * (lib/exports/citations.ts), only those the view needs; then hands the file to the browser.
 */
import type { Lanes } from "@/lib/url-state";
import type { TimelineEntry } from "@/lib/view";
import { shardCount, shardOf, type ShardEvent } from "@/lib/event-shards";
import { citationShardPath, shardPath } from "@/lib/data-files";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/exports";
import { citationShardOf, fromCitation, type ArticleCitation } from "@/lib/exports/citations";
import { laneLabels } from "@/lib/exports/lanes";
import { loadOnce } from "@/components/useTimelineData";
import { BASE_PATH, SITE_TITLE } from "@/lib/site-settings";

export interface ViewToExport {
  /** The events shown, in the view's order. */
  shown: readonly TimelineEntry[];
  /** Every event's entry: how many there are and which articles they cite fix the shards. */
  all: readonly TimelineEntry[];
  lanes: Lanes;
}

const unique = <T,>(values: Iterable<T>) => [...new Set(values)];

async function loadEvents(shown: readonly TimelineEntry[], total: number): Promise<ShardEvent[]> {
  const count = shardCount(total);
  const shards = await Promise.all(unique(shown.map((e) => shardOf(e.id, count))).map((shard) => loadOnce<ShardEvent[]>(shardPath(shard))));
  const byId = new Map(shards.flat().map((event) => [event.id, event]));
  return shown.map((entry) => {
    const event = byId.get(entry.id);
    if (!event) throw new Error(`event ${entry.id} is missing from its shard`);
    return event;
  });
}

async function loadCitations(events: readonly ShardEvent[], all: readonly TimelineEntry[]) {
  const cited = new Set(all.flatMap((e) => e.articleIds)).size;
  const wanted = unique(events.flatMap((e) => e.sources.map((s) => s.articleId)));
  const shards = await Promise.all(unique(wanted.map((id) => citationShardOf(id, cited))).map((shard) => loadOnce<ArticleCitation[]>(citationShardPath(shard))));
  return new Map(shards.flat().map((citation) => [citation[0], fromCitation(citation)]));
}

/** The file of the view in one format, with its name. */
export async function buildViewExport(format: ExportFormat, view: ViewToExport): Promise<File> {
  const events = await loadEvents(view.shown, view.all.length);
  const articles = await loadCitations(events, view.all);
  const info = EXPORT_FORMATS[format];
  // Lanes as the chart draws them: laid out over the dated events shown.
  const text = info.build({ events, articles, site: { url: `${window.location.origin}${BASE_PATH}`, title: SITE_TITLE }, laneOf: laneLabels(view.shown.filter((e) => e.date), view.lanes) });
  return new File([text], info.file, { type: info.mime });
}

/** Saves the file through a temporary link (the browser's download, with its own name). */
export function saveFile(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the address after click() returns: let it go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
