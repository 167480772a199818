/** Several sentences of one article about the same happening become one event with several passages. */
import { sameHappening } from "../merge/compatibility";
import type { ArticleEvent } from "./types";

export function mergeWithinArticle(events: ArticleEvent[]): ArticleEvent[] {
  const kept: ArticleEvent[] = [];
  for (const event of events) {
    const same = kept.find((k) => sameHappening(k, event));
    if (!same) {
      kept.push(event);
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
