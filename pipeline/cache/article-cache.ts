/**
 * A content-hash cache of each article's events, so re-running after changing one article redoes only
 * that article. The key is a hash of the article (id, title, text, publication day) and of the pipeline
 * itself (its source files and data files, and the actors and aliases a timeline.config.json adds), so any
 * change to the code or the gazetteer starts afresh.
 * It lives in node_modules/.cache/ like other tools' caches; `--no-cache` ignores it.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gazetteerExtrasKey } from "../actors/gazetteer";
import type { ArticleEvent } from "../events/types";
import type { IngestedArticle } from "../ingest/types";

const ROOT = new URL("../../", import.meta.url).pathname;
// $DIPLOMATIC_TIMELINE_CACHE moves it (benchmarks use a fresh one so they never disturb the project's).
const DEFAULT_FILE = process.env.DIPLOMATIC_TIMELINE_CACHE || join(ROOT, "node_modules/.cache/diplomatic-timeline/article-events.json");
/** Enough for several corpora used in turn (the seeds, then a crisis archive); past that, only the last run's. */
const MAX_ENTRIES = 50_000;
/** What the events depend on besides the article: the pipeline's code and data. */
const INPUTS = ["pipeline", "data/gazetteer", "data/lexicon", "lib/schema.ts", "lib/slug.ts", "package-lock.json"];

export class ArticleCache {
  private entries: Record<string, ArticleEvent[]> = {};
  private readonly used: Record<string, ArticleEvent[]> = {};
  private readonly version: string;
  hits = 0;
  misses = 0;

  constructor(
    private readonly read: boolean,
    private readonly file: string = DEFAULT_FILE,
  ) {
    this.version = pipelineVersion();
    if (!read) return;
    try {
      const file = JSON.parse(readFileSync(this.file, "utf8")) as { version: string; entries: Record<string, ArticleEvent[]> };
      if (file.version === this.version) this.entries = file.entries;
    } catch {
      // No cache yet, or an unreadable one: do the work.
    }
  }

  /** Whether the article's events are in the cache (so no worker need compute them). */
  has(article: IngestedArticle): boolean {
    return keyOf(article) in this.entries;
  }

  /** The article's events from the cache, or computed and remembered. */
  eventsOf(article: IngestedArticle, order: number, compute: () => ArticleEvent[]): ArticleEvent[] {
    const key = keyOf(article);
    const cached = this.entries[key];
    const events = cached ? (this.hits++, cached.map((e) => ({ ...e, articleOrder: order }))) : (this.misses++, compute());
    this.used[key] = events;
    return events;
  }

  /** Keeps earlier entries of the same pipeline version next to this run's, up to MAX_ENTRIES. */
  save(): void {
    try {
      mkdirSync(join(this.file, ".."), { recursive: true });
      const merged = { ...this.entries, ...this.used };
      const entries = Object.keys(merged).length <= MAX_ENTRIES ? merged : this.used;
      const temp = `${this.file}.tmp-${process.pid}`;
      writeFileSync(temp, JSON.stringify({ version: this.version, entries }));
      renameSync(temp, this.file);
    } catch {
      // A cache that cannot be written only costs time next run.
    }
  }
}

function keyOf(article: IngestedArticle): string {
  return createHash("sha256").update(JSON.stringify([article.id, article.title, article.published, article.publishedBasis, article.text])).digest("hex");
}

function pipelineVersion(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) for (const file of filesUnder(join(ROOT, input))) hash.update(relative(ROOT, file)).update(readFileSync(file));
  // The actors and aliases of timeline.config.json, as configured when the cache is made: another set
  // finds other actors. None adds nothing, so a project without a config keeps its cache.
  const extras = gazetteerExtrasKey();
  if (extras) hash.update("\0gazetteer extras\0").update(extras);
  return hash.digest("hex");
}

function filesUnder(path: string): string[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return [];
  }
  if (stats.isFile()) return [path];
  return readdirSync(path).sort().flatMap((name) => (name.endsWith(".test.ts") ? [] : filesUnder(join(path, name))));
}
