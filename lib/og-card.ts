/**
 * What the link-preview images say, and where: the text and colours of the card for one event
 * (app/(timeline)/events/[id]/og.png/route.ts) and of the site card (app/og.png/route.ts).
 * Pure, so it is unit-tested; the drawing is in lib/og-images.tsx.
 */
import type { EventType } from "@/lib/schema";
import type { EventView, TimelineEntry } from "@/lib/view";
import { STATUS_LABELS, compareText, formatDay, formatTimexValue, plural, typeLabel } from "@/lib/format";
import { drawable, fit, type CanDraw } from "@/lib/og-text";
import { eventPath } from "@/lib/passages";
import { SITE_TITLE } from "@/lib/site-settings";

/** The name on the cards: the site's title (timeline.config.json, else "Diplomatic Timeline"). */
export const SITE_NAME = SITE_TITLE;
/** The size link previews expect (Open Graph's recommended 1.91:1). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * Where the cards are served. Route handlers named `og.png` (not Next's `opengraph-image` files):
 * those would be extensionless files in the static export, which static hosts serve as
 * application/octet-stream, and in the server build they sit behind a trailing-slash redirect.
 */
export const SITE_IMAGE_PATH = "/og.png";
export const eventImagePath = (id: string) => `${eventPath(id)}og.png`;

/** Event type → colour, as app/globals.css defines it (see parseTypeColors). */
export type TypeColors = Partial<Record<EventType, string>>;
// The colour of "statement", for a type the stylesheet does not name.
const NEUTRAL = "#64748b";

export interface EventCard {
  siteName: string;
  headline: string;
  /** Pixels: long headlines get smaller type, so three lines hold them. */
  headlineSize: number;
  date: string;
  dated: boolean;
  type: { label: string; color: string };
  /** Only for what has not happened yet ("Scheduled"): a preview must not read as a report of it. */
  status: string | null;
  actors: string | null;
  sources: { heading: string; titles: string[]; more: string | null };
  /** The card in words, for og:image:alt. */
  alt: string;
}

export interface SiteCard {
  siteName: string;
  counts: string;
  span: string | null;
  /** The most frequent event types, most frequent first, with their share of all events. */
  types: Array<{ label: string; color: string; count: number; share: number }>;
  /** How many events are of the other, less frequent, types. */
  otherTypes: number;
  alt: string;
}

const HEADLINE_MAX = 140;
const ACTORS_SHOWN = 4;
const TITLES_SHOWN = 3;
const TITLE_MAX = 84;
const TYPES_SHOWN = 6;


/** `.type-agree { --type-color: #15803d; }` → { AGREE: "#15803d" }: the colours are defined once, in CSS. */
export function parseTypeColors(css: string): TypeColors {
  const colors: Record<string, string> = {};
  for (const m of css.matchAll(/\.type-([a-z]+)\s*\{\s*--type-color:\s*(#[0-9a-fA-F]{3,8})\s*;?\s*\}/g)) {
    colors[m[1]!.toUpperCase()] = m[2]!;
  }
  return colors as TypeColors;
}

function headlineSize(headline: string): number {
  const length = [...headline].length;
  return length <= 48 ? 68 : length <= 90 ? 56 : 46;
}

export function buildEventCard(view: EventView, colors: TypeColors, canDraw: CanDraw): EventCard {
  const { event } = view;
  const headline = fit(drawable(event.title, canDraw) ?? "(headline in a script this preview cannot show)", HEADLINE_MAX);
  const date = view.dateLabel ?? "Date unresolved";
  const type = { label: typeLabel(event.type), color: colors[event.type] ?? NEUTRAL };
  const status = event.status === "scheduled" ? STATUS_LABELS.scheduled : null;

  const names = [...new Set(event.actors.map((a) => a.name))].flatMap((n) => drawable(n, canDraw) ?? []);
  const shownNames = names.slice(0, ACTORS_SHOWN).join(", ");
  const actors = names.length === 0 ? null : fit(names.length > ACTORS_SHOWN ? `${shownNames} and ${names.length - ACTORS_SHOWN} more` : shownNames, 110);

  // One line per article, in the order the event cites them; an article missing from the file is still counted.
  const articles = new Map<string, string | null>();
  for (const p of view.passages) if (!articles.has(p.articleId)) articles.set(p.articleId, p.articleTitle);
  const titles = [...articles.values()]
    .slice(0, TITLES_SHOWN)
    .map((t) => fit((t && drawable(t, canDraw)) ?? "Untitled article", TITLE_MAX));
  const heading = `Reported by ${plural(articles.size, "article")}`;
  const more = articles.size > TITLES_SHOWN ? `and ${articles.size - TITLES_SHOWN} more` : null;

  const alt = [`${headline}.`, `${date}.`, `${type.label}${status ? `, ${status.toLowerCase()}` : ""}.`, actors ? `${actors}.` : "", `${heading}.`]
    .filter(Boolean)
    .join(" ");
  return { siteName: SITE_NAME, headline, headlineSize: headlineSize(headline), date, dated: view.dateLabel !== null, type, status, actors, sources: { heading, titles, more }, alt };
}

/** The alt text of an event's card, in full: alt text is HTML, so any script and emoji may stay. */
export function eventCardAlt(view: EventView): string {
  return buildEventCard(view, {}, () => true).alt;
}

type DateBounds = NonNullable<TimelineEntry["date"]>;

/** One end of the span, no more precise than its event's date: "2014", not "1 January 2014". */
function spanBound(date: DateBounds, side: "start" | "end"): string {
  const day = date[side];
  switch (date.precision) {
    case "day":
    case "week":
      return formatDay(day);
    case "month":
      return formatTimexValue(day.slice(0, 7));
    case "quarter":
      return `Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1} ${day.slice(0, 4)}`;
    case "year":
      return day.slice(0, 4);
  }
}

export function buildSiteCard(entries: readonly TimelineEntry[], articleCount: number, colors: TypeColors): SiteCard {
  const counts = `${plural(entries.length, "event")} from ${plural(articleCount, "article")}`;
  const dated = entries.flatMap((e) => (e.date ? [e.date] : []));
  let span: string | null = null;
  if (dated.length > 0) {
    const first = dated.reduce((a, d) => (d.start < a.start ? d : a));
    const last = dated.reduce((a, d) => (d.end > a.end ? d : a));
    const [from, to] = [spanBound(first, "start"), spanBound(last, "end")];
    span = from === to ? from : `${from} – ${to}`;
  }
  const byType = new Map<EventType, number>();
  for (const e of entries) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  const types = [...byType]
    .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
    .slice(0, TYPES_SHOWN)
    .map(([type, count]) => ({ label: typeLabel(type), color: colors[type] ?? NEUTRAL, count, share: count / entries.length }));
  const otherTypes = entries.length - types.reduce((sum, t) => sum + t.count, 0);
  const alt = `${SITE_NAME}: ${counts}${span ? `, ${span}` : ""}.`;
  return { siteName: SITE_NAME, counts, span, types, otherTypes, alt };
}
