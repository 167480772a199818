/**
 * What the pages hand to components. Two shapes, so pages stay small however many events
 * there are: the slim `TimelineEntry` of every event (for the chart and the lists; in every page
 * of a small corpus, else from /data/timeline.json, lib/timeline-file.ts), and an event's full
 * `EventView` (passages in context) only on its own page or in the app shell.
 */
import type { Article, EventDate, EventsFile, TimelineEvent } from "@/lib/schema";
import { compareText, explainDate, formatEventDate, formatEventDateShort, formatTimexValue } from "@/lib/format";
import { buildPassage, type PassageView } from "@/lib/passages";

export interface EventView {
  event: TimelineEvent;
  /** "3 January 2022", "Week of 10–16 January 2022"; null for undated events. */
  dateLabel: string | null;
  dateShort: string | null;
  /** Where the date came from, in words; null for undated events. */
  dateExplanation: string | null;
  passages: PassageView[];
  /** The events before and after this one in time order (undated last), for previous/next links. */
  previous: { id: string; title: string } | null;
  next: { id: string; title: string } | null;
  /** Where the sources disagree, in words: "Date: 21 January 2022 (Wire), 22 January 2022 (Paper)". */
  disagreements: Array<{ field: string; versions: Array<{ label: string; articles: Array<{ id: string; title: string }> }> }>;
}

/**
 * What the event panel shows: the view without the event's sources, which its passages already
 * hold in context. A prerendered event page hands this to the panel (a client component), so its
 * RSC payload carries the quotes once.
 */
export type PanelView = Omit<EventView, "event"> & { event: Omit<TimelineEvent, "sources"> };

export function panelView(view: EventView): PanelView {
  const event: Partial<TimelineEvent> = { ...view.event };
  delete event.sources;
  return { ...view, event: event as PanelView["event"] };
}

/** What the chart and the lists need to draw and name an event. */
export interface TimelineEntry {
  id: TimelineEvent["id"];
  title: TimelineEvent["title"];
  type: TimelineEvent["type"];
  status: TimelineEvent["status"];
  date: Pick<EventDate, "start" | "end" | "precision"> | null;
  dateShort: string | null;
  unresolvedDate: TimelineEvent["unresolvedDate"];
  /** Names of everyone the event involves, and the articles that report it: what the filters need. */
  actors: string[];
  articleIds: string[];
  /** Countries the event involves (its country actors and the countries of its people): the country lanes. */
  countries: string[];
}


/** Chronological, undated last; ties by title so the order is stable across rebuilds. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const da = a.date?.start ?? "9999";
  const db = b.date?.start ?? "9999";
  return da < db ? -1 : da > db ? 1 : compareText(a.title, b.title);
}

export function buildEventView(event: TimelineEvent, articles: ReadonlyMap<string, Article>): EventView {
  const date = event.date;
  const dateArticle = date ? (articles.get(date.articleId ?? event.sources[0]?.articleId ?? "") ?? null) : null;
  return {
    event,
    dateLabel: date ? formatEventDate(date) : null,
    dateShort: date ? formatEventDateShort(date) : null,
    dateExplanation: date ? explainDate(date, dateArticle) : null,
    passages: event.sources.map((source) => buildPassage(source, articles.get(source.articleId))),
    previous: null,
    next: null,
    disagreements: (event.disagreements ?? []).map((d) => ({
      field: d.field === "date" ? "Date" : "Place",
      versions: d.versions.map((v) => ({
        label: d.field === "date" ? formatTimexValue(v.value) : v.value,
        articles: v.articleIds.map((id) => ({ id, title: articles.get(id)?.title ?? id })),
      })),
    })),
  };
}

export function buildEventViews(file: EventsFile): EventView[] {
  const articles = new Map(file.articles.map((a) => [a.id, a]));
  const ordered = [...file.events].sort(compareEvents);
  const link = (e: TimelineEvent | undefined) => (e ? { id: e.id, title: e.title } : null);
  return ordered.map((e, i) => ({ ...buildEventView(e, articles), previous: link(ordered[i - 1]), next: link(ordered[i + 1]) }));
}

/** A one-line summary for meta descriptions and link previews. */
export function describeEvent(view: EventView): string {
  const { event } = view;
  const when = view.dateLabel ?? "Date unresolved";
  const who = event.actors.map((a) => a.name).join(", ");
  const quote = view.passages[0]?.parts.map((p) => p.text).join("") ?? "";
  const text = `${when}. ${who ? `${who}. ` : ""}“${quote}”`;
  return text.length > 200 ? `${text.slice(0, 197).trimEnd()}…”` : text;
}
