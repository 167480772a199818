/**
 * timelinejs.json: the events as a Knight Lab TimelineJS3 timeline (https://timeline.knightlab.com/docs/json-format.html),
 * so the collection can be shown (and edited further) with TimelineJS. A title slide, then one slide per
 * dated event (TimelineJS needs a start date; undated events are left out):
 * - start_date/end_date as far as the precision goes: a year is {year}, a month {year, month}, a day
 *   {year, month, day}; a week or quarter is its first and last day, with our own label as display_date.
 * - text.headline and text.text are HTML to TimelineJS. Article text is untrusted, so every piece of it
 *   is HTML-escaped here: TimelineJS shows it as text, and its own sanitiser has nothing left to remove.
 *   Links are made only of addresses that pass lib/safe-url.ts.
 * - group is the lane the event is drawn in on the site (lib/lanes.ts), when lanes are given (escaped
 *   twice: see below).
 * - unique_id is the event id, so a slide can be linked to (#event-<id>).
 */
import { formatEventDate } from "../format";
import { safeHttpUrl } from "../safe-url";
import type { EventDate } from "../schema";
import { citedArticleIds, eventPageUrl, type ExportEvent, type ExportInput } from "./types";

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export interface TimelineJsSlide {
  unique_id: string;
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  text: { headline: string; text: string };
  group?: string;
}

export interface TimelineJsFile {
  title: TimelineJsSlide;
  events: TimelineJsSlide[];
}

/** Never an event id (ids are lowercase slugs: no underscore). */
export const TITLE_SLIDE_ID = "_title";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

function parts(isoDay: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = isoDay.split("-").map(Number);
  return { year, month, day };
}

function datesOf(date: EventDate): Pick<TimelineJsSlide, "start_date" | "end_date" | "display_date"> {
  const start = parts(date.start);
  const end = parts(date.end);
  switch (date.precision) {
    case "year":
      return { start_date: { year: start.year } };
    case "month":
      return { start_date: { year: start.year, month: start.month } };
    case "day":
      return date.start === date.end ? { start_date: start } : { start_date: start, end_date: end, display_date: formatEventDate(date) };
    case "week":
    case "quarter":
      return { start_date: start, end_date: end, display_date: formatEventDate(date) };
  }
}

/** The slide's body: each passage with its article, and a link to the event's page on the site when known. */
function body(event: ExportEvent, input: ExportInput): string {
  const passages = event.sources.map((source) => {
    const article = input.articles.get(source.articleId);
    const title = escapeHtml(article?.title || source.articleId);
    const href = safeHttpUrl(article?.url);
    const cite = href ? `<a href="${escapeHtml(href)}">${title}</a>` : title;
    const more = [article?.source, article?.published].filter(Boolean).map((s) => escapeHtml(s!));
    return `<blockquote>“${escapeHtml(source.quote)}”</blockquote><p>— ${[cite, ...more].join(", ")}</p>`;
  });
  const actors = event.actors.length ? `<p>${escapeHtml(event.actors.map((a) => a.name).join(", "))}</p>` : "";
  const page = eventPageUrl(input.site.url, event.id);
  const link = page ? `<p><a href="${escapeHtml(page)}">This event on ${escapeHtml(input.site.title)}</a></p>` : "";
  return actors + passages.join("") + link;
}

export function timelineJs(input: ExportInput): TimelineJsFile {
  const dated = input.events.filter((e) => e.date);
  const articles = new Set(dated.flatMap(citedArticleIds));
  return {
    title: {
      unique_id: TITLE_SLIDE_ID,
      text: {
        headline: escapeHtml(input.site.title),
        text: `<p>${dated.length} dated event${dated.length === 1 ? "" : "s"} from ${articles.size} article${articles.size === 1 ? "" : "s"}.</p>`,
      },
    },
    events: dated.map((event) => {
      const group = input.laneOf?.get(event.id);
      return {
        unique_id: event.id,
        ...datesOf(event.date!),
        text: { headline: escapeHtml(event.title), text: body(event, input) },
        // TimelineJS reads a group as HTML, takes its text, then writes that text back as HTML: one
        // escape would be undone by the first step, so a label is escaped twice to stay text.
        ...(group ? { group: escapeHtml(escapeHtml(group)) } : {}),
      };
    }),
  };
}

/** The file as written: two-space JSON with a final newline, like events.json. */
export function timelineJsJson(input: ExportInput): string {
  return `${JSON.stringify(timelineJs(input), null, 2)}\n`;
}
