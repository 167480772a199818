/**
 * Cuts an article's text into plain runs and highlighted passages for the article page, and
 * lists the events beside it with links to their passages.
 * Passages of different events may overlap (or be the very same sentence), so overlapping
 * ranges are merged into one highlight that links to every event it reports and carries
 * the anchor of every passage inside it.
 */
import type { Article } from "@/lib/schema";
import type { QuotingEvent } from "@/lib/article-reading";
import { passageAnchor } from "@/lib/passages";
import { compareText } from "@/lib/format";

export interface PassagePiece {
  /** Anchors of the passages that start at this piece's first character. */
  anchors: string[];
  text: string;
  /** The events whose passages cover this piece: with exactly one, the words link to it. */
  eventIds: string[];
}

export interface HighlightedPassage {
  kind: "passage";
  /** Text pieces, cut wherever a passage starts or ends. */
  pieces: PassagePiece[];
  events: { id: string; title: string; type: QuotingEvent["type"] }[];
  /** The passage the highlight starts with, named as the article's event list names it. */
  first: { anchor: string; number: number; eventTitle: string };
}
export type ArticleRun = { kind: "text"; text: string } | HighlightedPassage;

/** One of an event's passages in an article: where it is, and its place among that event's passages. */
export interface NumberedPassage {
  start: number;
  end: number;
  anchor: string;
  /** 1-based, in reading order: "Passage 2" of this event in this article. */
  number: number;
}

export interface ArticleEventEntry {
  id: string;
  title: string;
  type: QuotingEvent["type"];
  date: QuotingEvent["date"];
  passages: NumberedPassage[];
}

/**
 * An event's passages in an article, in reading order, each anchor once. Offsets are clamped to
 * the text and empty passages dropped (nothing to highlight, so nothing to link to); the anchor
 * keeps the source's own offsets, which is what the event panel links to.
 */
export function numberedPassages(article: Article, event: QuotingEvent): NumberedPassage[] {
  const length = article.text.length;
  const seen = new Set<string>();
  const found: Omit<NumberedPassage, "number">[] = [];
  for (const [sourceStart, sourceEnd] of event.passages) {
    const start = Math.min(Math.max(sourceStart, 0), length);
    const end = Math.min(Math.max(sourceEnd, start), length);
    const anchor = passageAnchor({ start: sourceStart, end: sourceEnd });
    if (end <= start || seen.has(anchor)) continue;
    seen.add(anchor);
    found.push({ start, end, anchor });
  }
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  return found.map((p, i) => ({ ...p, number: i + 1 }));
}

/**
 * The events that quote the article, in the order their first passage appears in it (so the
 * list reads alongside the text); events whose passages cannot be placed come last.
 */
export function listArticleEvents(article: Article, events: readonly QuotingEvent[]): ArticleEventEntry[] {
  const entries = events
    .filter((e) => e.passages.length > 0)
    .map((e) => ({ id: e.id, title: e.title, type: e.type, date: e.date, passages: numberedPassages(article, e) }));
  const firstAt = (e: ArticleEventEntry) => e.passages[0]?.start ?? Number.POSITIVE_INFINITY;
  return entries.sort((a, b) => firstAt(a) - firstAt(b) || compareText(a.date?.start ?? "", b.date?.start ?? "") || compareText(a.title, b.title));
}

interface Range extends NumberedPassage { event: QuotingEvent }

const unique = <T,>(items: T[]) => [...new Set(items)];

export function highlightArticle(article: Article, events: readonly QuotingEvent[]): ArticleRun[] {
  const text = article.text;
  const ranges: Range[] = events.flatMap((event) => numberedPassages(article, event).map((p) => ({ ...p, event })));
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);

  // Merge overlapping ranges into groups.
  const groups: { start: number; end: number; members: Range[] }[] = [];
  for (const r of ranges) {
    const last = groups.at(-1);
    if (last && r.start < last.end) {
      last.end = Math.max(last.end, r.end);
      last.members.push(r);
    } else {
      groups.push({ start: r.start, end: r.end, members: [r] });
    }
  }

  const runs: ArticleRun[] = [];
  let at = 0;
  for (const g of groups) {
    if (g.start > at) runs.push({ kind: "text", text: text.slice(at, g.start) });
    // Cut wherever a passage starts (so its anchor sits at its first word) or ends (so each
    // piece knows exactly which events quote it). A merged group is contiguous: every piece
    // is covered by at least one passage.
    const cuts = unique(g.members.flatMap((m) => [m.start, m.end])).sort((a, b) => a - b);
    const pieces: PassagePiece[] = cuts.slice(0, -1).map((cut, i) => {
      const next = cuts[i + 1] ?? g.end;
      return {
        anchors: unique(g.members.filter((m) => m.start === cut).map((m) => m.anchor)),
        text: text.slice(cut, next),
        eventIds: unique(g.members.filter((m) => m.start <= cut && m.end >= next).map((m) => m.event.id)),
      };
    });
    const linked = unique(g.members.map((m) => m.event));
    // Sorted by start then longest first, so the first member is the passage the highlight opens with.
    const lead = g.members[0]!;
    runs.push({
      kind: "passage",
      pieces,
      events: linked.map((e) => ({ id: e.id, title: e.title, type: e.type })),
      first: { anchor: lead.anchor, number: lead.number, eventTitle: lead.event.title },
    });
    at = g.end;
  }
  if (at < text.length) runs.push({ kind: "text", text: text.slice(at) });
  return runs;
}
