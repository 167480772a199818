/**
 * What the reports of one happening disagree on, said rather than hidden: the day (or period) each
 * article gives, and the place. A report that says nothing (no date words, no place) does not disagree;
 * a coarser date that contains a finer one ("January" and "10 January") is the same account.
 */
import type { TimelineEvent } from "../../lib/schema";
import type { ArticleEvent } from "../events/types";

type Disagreement = NonNullable<TimelineEvent["disagreements"]>[number];

export function findDisagreements(reports: ArticleEvent[]): Disagreement[] {
  const found: Disagreement[] = [];
  const dated = reports.filter((r) => r.date);
  const finest = dated.filter((r) => !dated.some((o) => o !== r && contains(r.date!, o.date!) && !contains(o.date!, r.date!)));
  const dates = versions(finest.map((r) => [r.date!.value, r.articleId]));
  if (dates.length > 1) found.push({ field: "date", versions: dates });
  const places = versions(reports.filter((r) => r.location).map((r) => [r.location!, r.articleId]));
  if (places.length > 1) found.push({ field: "location", versions: places });
  return found;
}

function contains(outer: { start: string; end: string }, inner: { start: string; end: string }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function versions(pairs: Array<[string, string]>): Disagreement["versions"] {
  const byValue = new Map<string, Set<string>>();
  for (const [value, articleId] of pairs) byValue.set(value, (byValue.get(value) ?? new Set()).add(articleId));
  return [...byValue].sort(([a], [b]) => a.localeCompare(b)).map(([value, ids]) => ({ value, articleIds: [...ids].sort() }));
}
