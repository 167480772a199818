/**
 * Server-only access to the pipeline's output, data/generated/events.json.
 * Read once per process, validated with the shared zod schema, then served from memory; under
 * `npm run dev`, read again when the file changes (the watcher extracts again on every saved article).
 * Only app/ (server components, metadata, static params) imports this; components get props.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { eventsFileSchema, type Article, type EventsFile, type IdRegistry, type TimelineEvent } from "@/lib/schema";
import { resolveId, retiredIds, type IdResolution } from "@/lib/id-registry";
import { readRegistryFile, registryFileFor } from "@/lib/id-registry-file";
import { buildEventView, compareEvents, type EventView, type TimelineEntry } from "@/lib/view";
import { timelineEntriesOf } from "@/lib/timeline-entry";
import type { TimelineData } from "@/lib/timeline-file";
import { eventPageLimit, prerenderedEventIds } from "@/lib/event-pages";
import { shardCount, shardOf, toShardEvent, type ShardEvent } from "@/lib/event-shards";
import { articlePageLimit, prerenderedArticleIds } from "@/lib/article-pages";
import { articleReading, type ArticleReading } from "@/lib/article-reading";
import { exportFiles } from "@/lib/exports/files";
import { exportLinkBase } from "@/lib/site";
import { citationShards, type ArticleCitation } from "@/lib/exports/citations";
import { BASE_PATH, SITE_TITLE } from "@/lib/site-settings";

// EVENTS_FILE lets a build use another file (e.g. a stress-test fixture) without touching data/generated/.
const EVENTS_FILE = process.env.EVENTS_FILE
  ? path.resolve(process.env.EVENTS_FILE)
  : path.join(process.cwd(), "data", "generated", "events.json");

// Every event id ever given out and what it is now (pipeline/registry), where `npm run extract` wrote it.
const REGISTRY_FILE = registryFileFor(EVENTS_FILE);

/** The events that get a static page (and preview image) at build time: all, up to TIMELINE_EVENT_PAGES (lib/event-pages.ts). */
export function getPrerenderedEventIds(): string[] {
  const loaded = load();
  loaded.prerendered ??= prerenderedEventIds(loaded.entries, eventPageLimit());
  return loaded.prerendered;
}

interface Loaded {
  file: EventsFile;
  /** Events in timeline order, and each id's place in it. */
  ordered: TimelineEvent[];
  position: Map<string, number>;
  entries: TimelineEntry[];
  events: Map<string, TimelineEvent>;
  articles: Map<string, Article>;
  registry: IdRegistry;
  /** The files as read (dev only: their modification times and sizes), to notice a new extract. */
  version: string;
  // Made from the above when first asked for, so they go with it when the file is read again.
  prerendered?: string[];
  prerenderedArticles?: string[];
  timelineData?: TimelineData;
  views: Map<string, EventView>;
  eventsByArticle?: Map<string, TimelineEvent[]>;
  shards?: TimelineEvent[][];
  exportFiles?: Record<string, string>;
  citationShards?: ArticleCitation[][];
}
let cached: Loaded | null = null;

const DEV = process.env.NODE_ENV === "development";

/** Changes whenever `npm run extract` writes the events file or the registry again (in dev; "" otherwise). */
export function dataVersion(): string {
  if (!DEV) return "";
  return [EVENTS_FILE, REGISTRY_FILE]
    .map((file) => {
      try {
        const { mtimeMs, size } = statSync(file);
        return `${mtimeMs}:${size}`;
      } catch {
        return "-";
      }
    })
    .join("|");
}

function load(): Loaded {
  // Outside dev the version is always "": the file is read once.
  const version = dataVersion();
  if (cached && cached.version === version) return cached;
  let raw: string;
  try {
    raw = readFileSync(EVENTS_FILE, "utf8");
  } catch {
    throw new Error(`${EVENTS_FILE} is missing: run \`npm run extract\` to build it from the articles.`);
  }
  const parsed = eventsFileSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) {
    throw new Error(`${EVENTS_FILE} does not match lib/schema.ts:\n${parsed.error.message}`);
  }
  const file = parsed.data;
  const ordered = [...file.events].sort(compareEvents);
  cached = {
    file,
    ordered,
    position: new Map(ordered.map((e, i) => [e.id, i])),
    entries: timelineEntriesOf(file, ordered),
    events: new Map(file.events.map((e) => [e.id, e])),
    articles: new Map(file.articles.map((a) => [a.id, a])),
    registry: loadRegistry(),
    version,
    views: new Map(),
  };
  return cached;
}

/** No registry yet is no retired ids; a broken one stops the build (its pages would silently vanish). */
function loadRegistry(): IdRegistry {
  try {
    return readRegistryFile(REGISTRY_FILE) ?? { schemaVersion: 1, ids: {} };
  } catch (error) {
    throw new Error(`${REGISTRY_FILE}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function getEventsFile(): EventsFile {
  return load().file;
}

/** Every event, chronological (undated last), slim: what the chart and lists draw. */
export function getTimelineEntries(): TimelineEntry[] {
  return load().entries;
}

/** The entries and the articles' ids and titles (the source filter names articles, it does not need their text). */
export function getTimelineData(): TimelineData {
  const loaded = load();
  loaded.timelineData ??= { entries: loaded.entries, articles: loaded.file.articles.map((a) => ({ id: a.id, title: a.title })) };
  return loaded.timelineData;
}

/**
 * An event's panel, built when a page asks for it: a site of 100,000 events builds pages for a
 * thousand of them, and holding every view (passages in context) made each page's render crawl.
 */
export function getEventView(id: string): EventView | undefined {
  const { ordered, position, articles, views } = load();
  const cachedView = views.get(id);
  if (cachedView) return cachedView;
  const at = position.get(id);
  if (at === undefined) return undefined;
  const link = (e: TimelineEvent | undefined) => (e ? { id: e.id, title: e.title } : null);
  const view = { ...buildEventView(ordered[at]!, articles), previous: link(ordered[at - 1]), next: link(ordered[at + 1]) };
  views.set(id, view);
  return view;
}

export function getEvent(id: string): TimelineEvent | undefined {
  return load().events.get(id);
}

export function getArticle(id: string): Article | undefined {
  return load().articles.get(id);
}

/** Each quoted article's events, chronological (grouped once: every article page asks). */
function eventsByArticle(loaded: Loaded): Map<string, TimelineEvent[]> {
  if (!loaded.eventsByArticle) {
    const grouped = new Map<string, TimelineEvent[]>();
    for (const event of loaded.ordered) {
      for (const id of new Set(event.sources.map((s) => s.articleId))) {
        let list = grouped.get(id);
        if (!list) grouped.set(id, (list = []));
        list.push(event);
      }
    }
    loaded.eventsByArticle = grouped;
  }
  return loaded.eventsByArticle;
}

/**
 * The whole collection's export files (/data/exports/), made once from the loaded data, with links
 * to event pages under the site's base path when SITE_URL names the site.
 */
export function getExportFiles(): Record<string, string> {
  const loaded = load();
  loaded.exportFiles ??= exportFiles(loaded.file, { url: exportLinkBase(process.env, BASE_PATH), title: SITE_TITLE }, loaded);
  return loaded.exportFiles;
}

/** The quoted articles' citations in shards (lib/exports/citations.ts), for exports built in the browser. */
export function getCitationShards(): ArticleCitation[][] {
  const loaded = load();
  loaded.citationShards ??= citationShards(loaded.file.articles, new Set(eventsByArticle(loaded).keys()));
  return loaded.citationShards;
}

/** The articles that get a static page at build time: all up to TIMELINE_ARTICLE_PAGES, else those prerendered event pages quote (lib/article-pages.ts). */
export function getPrerenderedArticleIds(): string[] {
  const loaded = load();
  if (!loaded.prerenderedArticles) {
    const { file, events } = loaded;
    const onEventPages = new Set(getPrerenderedEventIds().flatMap((id) => events.get(id)!.sources.map((s) => s.articleId)));
    const quoting = eventsByArticle(loaded);
    const ranks = file.articles.map((a) => ({ id: a.id, quotedBy: quoting.get(a.id)?.length ?? 0, onEventPage: onEventPages.has(a.id) }));
    loaded.prerenderedArticles = prerenderedArticleIds(ranks, articlePageLimit());
  }
  return loaded.prerenderedArticles;
}

/** What the article's page shows (lib/article-reading.ts): its page's props, and its /data/articles/<id>.json. */
export function getArticleReading(id: string): ArticleReading | undefined {
  // One load() for the article and every title it names (each load() stats the data files in dev).
  const loaded = load();
  const article = loaded.articles.get(id);
  return article && articleReading(article, eventsByArticle(loaded).get(id) ?? [], (other) => loaded.articles.get(other)?.title);
}

/** Every event in its detail shard (lib/event-shards.ts), grouped once for all the shard files. */
export function getEventShard(shard: number): ShardEvent[] {
  const loaded = load();
  if (!loaded.shards) {
    const { events } = loaded.file;
    const count = shardCount(events.length);
    const shards: TimelineEvent[][] = Array.from({ length: count }, () => []);
    for (const event of events) shards[shardOf(event.id, count)]!.push(event);
    loaded.shards = shards;
  }
  return (loaded.shards[shard] ?? []).map(toShardEvent);
}

export function getCounts(): { events: number; articles: number } {
  const { file } = load();
  return { events: file.events.length, articles: file.articles.length };
}

/** Ids given out once that no event has now (renamed, merged, split or gone): each gets a page saying so. */
export function getRetiredEventIds(): string[] {
  const { registry, events } = load();
  return retiredIds(registry, (id) => events.has(id));
}

/** What an event id leads to now: its event, its successor(s), or why it is gone; null if never given out. */
export function resolveEventId(id: string): IdResolution | null {
  const { registry, events } = load();
  return resolveId(registry, id, (live) => events.has(live));
}
