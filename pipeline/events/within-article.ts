/** Several sentences of one article about the same happening become one event with several passages. */
import { happeningKind, sameHappening } from "../merge/compatibility";
import type { ArticleEvent } from "./types";

export function mergeWithinArticle(events: ArticleEvent[]): ArticleEvent[] {
  const kept: ArticleEvent[] = [];
  const keptOfKind = new Map<string, ArticleEvent[]>();
  for (const event of events) {
    const kind = happeningKind(event);
    let candidates = keptOfKind.get(kind);
    if (!candidates) keptOfKind.set(kind, (candidates = []));
    const same = candidates.find((k) => sameHappening(k, event));
    if (!same) {
      kept.push(event);
      candidates.push(event);
      continue;
    }
    same.passages.push(...event.passages);
    // The better date wins: a resolved one over none; otherwise the first report's.
    if (!same.date && event.date) {
      same.date = event.date;
      same.unresolvedDate = null;
      same.dateExpression = event.dateExpression;
    }
    same.location ??= event.location;
  }
  return kept;
}
