/**
 * Cuts an article's text into plain runs and highlighted passages for the article page.
 * Passages of different events may overlap (or be the very same sentence), so overlapping
 * ranges are merged into one highlight that links to every event it reports and carries
 * the anchor of every passage inside it.
 */
import type { Article, TimelineEvent } from "@/lib/schema";
import { passageAnchor } from "@/lib/passages";

export interface HighlightedPassage {
  kind: "passage";
  /** Text pieces, each starting where one or more passages (their anchors) start. */
  pieces: { anchors: string[]; text: string }[];
  events: { id: string; title: string; type: TimelineEvent["type"] }[];
}
export type ArticleRun = { kind: "text"; text: string } | HighlightedPassage;

interface Range { start: number; end: number; event: TimelineEvent }

export function highlightArticle(article: Article, events: readonly TimelineEvent[]): ArticleRun[] {
  const text = article.text;
  const ranges: Range[] = [];
  for (const event of events) {
    for (const s of event.sources) {
      if (s.articleId !== article.id) continue;
      const start = Math.min(Math.max(s.start, 0), text.length);
      const end = Math.min(Math.max(s.end, start), text.length);
      if (end > start) ranges.push({ start, end, event });
    }
  }
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
    // Cut the highlight where each passage starts, so every passage's anchor sits at its first word.
    const anchorsAt = new Map<number, string[]>();
    for (const m of g.members) {
      const list = anchorsAt.get(m.start) ?? [];
      const anchor = passageAnchor(m);
      if (!list.includes(anchor)) list.push(anchor);
      anchorsAt.set(m.start, list);
    }
    const cuts = [...anchorsAt.keys()].sort((a, b) => a - b);
    const pieces = cuts.map((cut, i) => ({ anchors: anchorsAt.get(cut) ?? [], text: text.slice(cut, cuts[i + 1] ?? g.end) }));
    const seen = new Set<string>();
    const linked = g.members.filter((m) => !seen.has(m.event.id) && seen.add(m.event.id));
    runs.push({ kind: "passage", pieces, events: linked.map((m) => ({ id: m.event.id, title: m.event.title, type: m.event.type })) });
    at = g.end;
  }
  if (at < text.length) runs.push({ kind: "text", text: text.slice(at) });
  return runs;
}
