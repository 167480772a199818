/**
 * The hostile dataset: articles whose every field carries the payloads of ./payloads.ts, written
 * as real input files (.md and .txt with front matter, .jsonl records, saved .html pages) for the
 * real pipeline to read. Kept apart from the seeds: everything lives under .hostile/ (git-ignored)
 * and is built into its own Next.js folder (see ./server.ts).
 *
 * The pipeline only carries payloads into what it copies (titles, sources, URLs, text, quotes):
 * headlines, actor names and places are made of words it recognises, so a payload reaches an
 * event title only in part. So one hand-made article and its events are added to the pipeline's
 * output (`addHandmade`), with payloads in every event field the viewer shows.
 */
import path from "node:path";
import { EVENT_TYPES, type Article, type EventsFile, type TimelineEvent } from "../../lib/schema";
import { PAYLOADS, type Payload } from "./payloads";

export const HOSTILE_ROOT = path.resolve(".hostile");
export const ARTICLES_DIR = path.join(HOSTILE_ROOT, "articles");
export const GENERATED_DIR = path.join(HOSTILE_ROOT, "generated");
export const EVENTS_FILE = path.join(GENERATED_DIR, "events.json");
/** Relative to the project, as next.config.js takes it (NEXT_DIST_DIR). */
export const DIST_DIR = ".hostile/next";
/** The static export: built from a copy of the app's source (see ./server.ts), into its out/. */
export const EXPORT_APP = path.join(HOSTILE_ROOT, "export-app");
export const HANDMADE_ARTICLE_ID = "hostile-handmade";
/**
 * The hostile site prerenders this many event pages (TIMELINE_EVENT_PAGES): the others (about a
 * third) are answered by the app shell, so their payloads also go through the shards and the
 * panel built in the browser.
 */
export const EVENT_PAGES = 24;
/**
 * And this many article pages (TIMELINE_ARTICLE_PAGES): fewer than the articles the prerendered
 * event pages quote, so the most quoted of those get one (lib/article-pages.ts). The others (five in
 * six) are drawn by the article app shell from /data/articles/<id>.json, so their payloads go
 * through that path too.
 */
export const ARTICLE_PAGES = 6;

/**
 * Payloads per article and per hand-made event: every payload is in some article title, source,
 * text and hand-made quote, headline, actor name… Articles hold four each, so that there is one
 * article per URL payload (as its URL); events eight, as each event costs a page, a preview
 * image and a step through the chart.
 */
const ARTICLE_GROUP = 4;
const EVENT_GROUP = 8;
const DAY = 86_400_000;

const at = (i: number): Payload => PAYLOADS[((i % PAYLOADS.length) + PAYLOADS.length) % PAYLOADS.length]!;
const group = (g: number, size = ARTICLE_GROUP): Payload[] => Array.from({ length: size }, (_, k) => at(g * size + k));
const joined = (payloads: readonly Payload[]) => payloads.map((p) => p.text).join(" ");
export const ARTICLE_COUNT = Math.ceil(PAYLOADS.length / ARTICLE_GROUP);
const HANDMADE_COUNT = Math.ceil(PAYLOADS.length / EVENT_GROUP);

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const longDay = (ms: number) => new Date(ms).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const PIPELINE_START = Date.UTC(2020, 0, 6);
const HANDMADE_START = Date.UTC(2018, 0, 8);

export interface HostileArticle {
  /** Path under ARTICLES_DIR. */
  file: string;
  title: string;
  source: string;
  url: string;
  /** Who wrote it: front matter's and a record's `author`, a saved page's author meta. */
  author: string;
  published: string;
  /** Paragraphs. */
  body: string[];
}

/**
 * Article `j`: its title holds payload group j, its source group j+1, its URL a URL payload (or,
 * past those, a web address with a payload in it), its text all of group j in plain prose and,
 * in every other article, in an event sentence (a condemnation or an accusation, on its own
 * day, whose headline takes the first payload's first words).
 */
export function hostileArticle(j: number): HostileArticle {
  const mine = group(j);
  const [a, b, c, d] = mine.map((p) => p.text) as [string, string, string, string];
  const urls = PAYLOADS.filter((p) => p.kind === "url");
  const url = urls[j]?.text ?? `https://example.org/story-${j}?q=${a}`;
  const day = PIPELINE_START + j * 12 * DAY;
  const act = j % 4 === 0 ? `Antony Blinken condemned ${a}, ${b}` : `Russia accused Ukraine of ${a}, ${b}`;
  return {
    file: "",
    title: joined(mine),
    source: joined(group(j + 1)),
    url,
    author: joined(group(j + 2)),
    published: isoDay(day + DAY),
    body: [
      ...(j % 2 === 0 ? [`On ${longDay(day)}, ${act}, ${c} and ${d}.`] : []),
      `The foreign ministry called the remarks ${c}, and a spokesperson repeated ${d}.`,
      `Observers quoted ${a} and ${b} in their reports.`,
    ],
  };
}

const json = (s: string) => JSON.stringify(s);
/** Text for HTML: the saved page shows the payload as text, as a news page about it would. */
const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

function frontMatter(a: HostileArticle): string {
  // JSON strings are YAML double-quoted scalars: every payload survives as written.
  return `---\ntitle: ${json(a.title)}\npublished: ${a.published}\nsource: ${json(a.source)}\nurl: ${json(a.url)}\nauthor: ${json(a.author)}\n---\n${a.body.join("\n\n")}\n`;
}

function savedPage(a: HostileArticle): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(a.title)}</title>
<meta property="og:title" content="${escapeHtml(a.title)}">
<meta property="og:site_name" content="${escapeHtml(a.source)}">
<meta name="author" content="${escapeHtml(a.author)}">
<meta property="article:published_time" content="${a.published}T09:00:00Z">
<link rel="canonical" href="${escapeHtml(a.url)}">
<script>window.__pwned && window.__pwned("saved page script")</script>
</head><body><main><article>
<h1>${escapeHtml(a.title)}</h1>
${a.body.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
</article></main></body></html>
`;
}

/** The input files, by path under ARTICLES_DIR: front matter (.md, .txt), one .jsonl of records, saved pages (.html). */
export function hostileFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const records: string[] = [];
  for (let j = 0; j < ARTICLE_COUNT; j++) {
    const a = hostileArticle(j);
    const name = `article-${String(j).padStart(2, "0")}`;
    switch (j % 4) {
      case 0:
        files.set(`md/${name}.md`, frontMatter(a));
        break;
      case 1:
        records.push(JSON.stringify({ id: name, title: a.title, published: a.published, source: a.source, url: a.url, author: a.author, text: a.body.join("\n\n") }));
        break;
      case 2:
        files.set(`html/${name}.html`, savedPage(a));
        break;
      default:
        files.set(`txt/${name}.txt`, frontMatter(a));
    }
  }
  files.set("feed.jsonl", `${records.join("\n")}\n`);
  return files;
}

/**
 * The hand-made article (every payload, one per line) and one event per payload group, with the
 * group in every field the viewer shows: headline, mode, actors and their roles, place, date
 * expression and rule, unresolved-date reason, disagreements; one source quotes the group's
 * lines, another a pipeline article. A few are undated, so the undated list shows them too.
 */
export function addHandmade(file: EventsFile): EventsFile {
  const lines = PAYLOADS.map((p) => `Item ${p.n}: ${p.text.replace(/[\r\n\u2028\u2029]+/g, " ")}`);
  const text = lines.join("\n");
  const offsets: number[] = [];
  lines.reduce((offset, line) => (offsets.push(offset), offset + line.length + 1), 0);
  const other = file.articles.find((x) => x.id !== HANDMADE_ARTICLE_ID);
  if (!other) throw new Error("the pipeline read no hostile article");
  const article: Article = {
    id: HANDMADE_ARTICLE_ID,
    file: at(7).text,
    title: joined(group(3)),
    source: joined(group(5)),
    url: at(PAYLOADS.findIndex((p) => p.kind === "url")).text,
    published: isoDay(HANDMADE_START - DAY),
    publishedBasis: "inferred",
    text,
    dateline: { text: at(9).text, place: at(10).text, date: null },
    publishedEvidence: [{ expression: at(11).text, date: isoDay(HANDMADE_START), articleId: other.id, eventTitle: at(12).text }],
  };
  const events: TimelineEvent[] = Array.from({ length: HANDMADE_COUNT }, (_, g) => {
    const mine = group(g, EVENT_GROUP);
    const [a, b, c, d, e, f, h, i] = mine.map((p) => p.text) as [string, string, string, string, string, string, string, string];
    const first = mine[0]!.n - 1;
    const last = mine.at(-1)!.n - 1;
    const start = offsets[first]!;
    const end = last >= first ? offsets[last]! + lines[last]!.length : offsets[first]! + lines[first]!.length;
    const day = isoDay(HANDMADE_START + g * 12 * DAY);
    const undated = g % 6 === 2;
    return {
      id: `handmade-${g}`,
      title: joined(mine),
      date: undated ? null : { value: day, start: day, end: day, precision: "day", expression: b, basis: "explicit", rule: c, reference: day, articleId: HANDMADE_ARTICLE_ID },
      unresolvedDate: undated ? { expression: c, articleId: HANDMADE_ARTICLE_ID, reason: d } : null,
      status: (["occurred", "scheduled", "ongoing"] as const)[g % 3]!,
      type: EVENT_TYPES[g % EVENT_TYPES.length]!,
      mode: e,
      // Every payload of the group is an actor's name (lanes, filters, the panel); two are roles too.
      actors: [
        { name: a, kind: "person", country: null, role: b, part: "source" },
        { name: b, kind: "country", country: "RUS", role: null },
        { name: c, kind: "organization", country: null, role: null, part: "target" },
        { name: d, kind: "group", country: "UKR", role: null },
        { name: e, kind: "person", country: "UKR", role: f },
        { name: f, kind: "organization", country: null, role: null },
        { name: h, kind: "group", country: null, role: null },
        { name: i, kind: "person", country: null, role: null },
      ],
      location: f,
      sources: [
        { articleId: HANDMADE_ARTICLE_ID, start, end, quote: text.slice(start, end), marks: [{ start, end: start + lines[first]!.length, kind: "actor" }] },
        { articleId: other.id, start: 0, end: Math.min(40, other.text.length), quote: other.text.slice(0, Math.min(40, other.text.length)) },
      ],
      confidence: 0.5,
      disagreements: g % 3 === 0 ? [{ field: "location", versions: [{ value: h, articleIds: [HANDMADE_ARTICLE_ID] }, { value: i, articleIds: [other.id] }] }] : undefined,
    };
  });
  return { ...file, articles: [...file.articles, article], events: [...file.events, ...events] };
}
