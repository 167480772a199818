/**
 * The same happening reported by several articles becomes one event with all their passages. Reports are
 * grouped greedily in a fixed order (by date, then article order), and a group never takes two reports
 * from the same article: those were already judged different by the within-article merge.
 */
import type { ArticleEvent } from "../events/types";
import { happeningKind, sameHappening, type MatchOptions } from "./compatibility";

const ACROSS_ARTICLES: MatchOptions = { dayTolerance: 1 };

export interface MergedEvent {
  /** The report whose date and headline the event uses. */
  primary: ArticleEvent;
  reports: ArticleEvent[];
}

export function mergeAcrossArticles(events: ArticleEvent[]): MergedEvent[] {
  const ordered = [...events].sort(byReportOrder);
  const groups: ArticleEvent[][] = [];
  // Groups by kind, in creation order: a group only ever holds reports of one kind (see happeningKind).
  const groupsOfKind = new Map<string, ArticleEvent[][]>();
  for (const event of ordered) {
    const kind = happeningKind(event);
    let candidates = groupsOfKind.get(kind);
    if (!candidates) groupsOfKind.set(kind, (candidates = []));
    const group = candidates.find((g) => !g.some((r) => r.articleId === event.articleId) && g.every((r) => sameHappening(r, event, ACROSS_ARTICLES)));
    if (group) group.push(event);
    else {
      const created = [event];
      groups.push(created);
      candidates.push(created);
    }
  }
  return groups.map((reports) => ({ primary: pickPrimary(reports), reports: [...reports].sort((a, b) => a.articleOrder - b.articleOrder) }));
}

/** Dated reports first (explicit words, then relative, then publication day), then article order. */
const BASIS_RANK = { explicit: 0, relative: 1, publication: 2, inferred: 3 } as const;

function pickPrimary(reports: ArticleEvent[]): ArticleEvent {
  return [...reports].sort((a, b) => rank(a) - rank(b) || a.articleOrder - b.articleOrder)[0]!;
}

function rank(e: ArticleEvent): number {
  return e.date ? BASIS_RANK[e.date.basis] : 9;
}

function byReportOrder(a: ArticleEvent, b: ArticleEvent): number {
  return rank(a) - rank(b) || a.articleOrder - b.articleOrder || a.passages[0]!.sentence.start - b.passages[0]!.sentence.start;
}
