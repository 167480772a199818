/**
 * Server-only access to the pipeline's output, data/generated/events.json.
 * Read once per process, validated with the shared zod schema, then served from memory.
 * Only app/ (server components, metadata, static params) imports this; components get props.
 */
import { readFileSync } from "node:fs";
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

// EVENTS_FILE lets a build use another file (e.g. a stress-test fixture) without touching data/generated/.
const EVENTS_FILE = process.env.EVENTS_FILE
  ? path.resolve(process.env.EVENTS_FILE)
  : path.join(process.cwd(), "data", "generated", "events.json");

// Every event id ever given out and what it is now (pipeline/registry), where `npm run extract` wrote it.
const REGISTRY_FILE = registryFileFor(EVENTS_FILE);

let prerendered: string[] | null = null;

/** The events that get a static page (and preview image) at build time: all, up to TIMELINE_EVENT_PAGES (lib/event-pages.ts). */
export function getPrerenderedEventIds(): string[] {
  prerendered ??= prerenderedEventIds(load().entries, eventPageLimit());
  return prerendered;
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
}
let cached: Loaded | null = null;

function load() {
  if (cached) return cached;
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
let timelineData: TimelineData | null = null;

export function getTimelineData(): TimelineData {
  if (!timelineData) {
    const { entries, file } = load();
    timelineData = { entries, articles: file.articles.map((a) => ({ id: a.id, title: a.title })) };
  }
  return timelineData;
}

const views = new Map<string, EventView>();

/**
 * An event's panel, built when a page asks for it: a site of 100,000 events builds pages for a
 * thousand of them, and holding every view (passages in context) made each page's render crawl.
 */
export function getEventView(id: string): EventView | undefined {
  const cachedView = views.get(id);
  if (cachedView) return cachedView;
  const { ordered, position, articles } = load();
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

let eventsByArticle: Map<string, TimelineEvent[]> | null = null;

/** The events that quote this article, chronological (grouped once: every article page asks). */
export function getArticleEvents(articleId: string): TimelineEvent[] {
  if (!eventsByArticle) {
    const { entries, events } = load();
    eventsByArticle = new Map();
    for (const entry of entries) {
      const event = events.get(entry.id)!;
      for (const id of new Set(event.sources.map((s) => s.articleId))) {
        let list = eventsByArticle.get(id);
        if (!list) eventsByArticle.set(id, (list = []));
        list.push(event);
      }
    }
  }
  return eventsByArticle.get(articleId) ?? [];
}

let prerenderedArticles: string[] | null = null;

/** The articles that get a static page at build time: all up to TIMELINE_ARTICLE_PAGES, else those prerendered event pages quote (lib/article-pages.ts). */
export function getPrerenderedArticleIds(): string[] {
  if (!prerenderedArticles) {
    const { file, events } = load();
    const onEventPages = new Set(getPrerenderedEventIds().flatMap((id) => events.get(id)!.sources.map((s) => s.articleId)));
    const ranks = file.articles.map((a) => ({ id: a.id, quotedBy: getArticleEvents(a.id).length, onEventPage: onEventPages.has(a.id) }));
    prerenderedArticles = prerenderedArticleIds(ranks, articlePageLimit());
  }
  return prerenderedArticles;
}

/** What the article's page shows (lib/article-reading.ts): its page's props, and its /data/articles/<id>.json. */
export function getArticleReading(id: string): ArticleReading | undefined {
  const article = getArticle(id);
  return article && articleReading(article, getArticleEvents(id), (other) => getArticle(other)?.title);
}

let shards: TimelineEvent[][] | null = null;

/** Every event in its detail shard (lib/event-shards.ts), grouped once for all the shard files. */
export function getEventShard(shard: number): ShardEvent[] {
  if (!shards) {
    const { events } = load().file;
    const count = shardCount(events.length);
    shards = Array.from({ length: count }, () => []);
    for (const event of events) shards[shardOf(event.id, count)]!.push(event);
  }
  return (shards[shard] ?? []).map(toShardEvent);
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
