/**
 * An article with no publication date still says "Monday" or "last Thursday". When it reports a happening
 * that another article dates, its words constrain its own date: "Monday" for a call on 2022-01-03 means it
 * was written between 3 and 9 January. We try each candidate day around the partners' dates, resolve the
 * article's own expressions against it with the date module, and keep the earliest day that makes the most
 * of them land on their partner's date (news is written soon after what it reports). Never the build date.
 */
import type { Article } from "../../lib/schema";
import { extractDates } from "../dates/index";
import { addDaysToIsoDay } from "../../lib/iso-day";
import type { ArticleEvent } from "../events/types";
import type { MergedEvent } from "./cross-article";

export type Evidence = NonNullable<Article["publishedEvidence"]>[number];

interface Clue {
  /** Offsets of this article's date words for the shared happening. */
  start: number;
  end: number;
  evidence: Evidence;
  span: { start: string; end: string };
}

/** How far after a partner's date the article may have been written, and how far before (time zones). */
const DAYS_AFTER = 10;
const DAYS_BEFORE = 1;

export interface Inference {
  published: string;
  evidence: Evidence[];
}

export function inferPublicationDates(articles: Array<Pick<Article, "id" | "text" | "published">>, merged: MergedEvent[]): Map<string, Inference> {
  const inferred = new Map<string, Inference>();
  for (const article of articles) {
    if (article.published) continue;
    const clues = cluesFor(article.id, merged);
    if (clues.length === 0) continue;
    const best = bestReference(article.text, clues);
    if (best) inferred.set(article.id, best);
  }
  return inferred;
}

function cluesFor(articleId: string, merged: MergedEvent[]): Clue[] {
  const clues: Clue[] = [];
  for (const { primary, reports } of merged) {
    const partnerDate = primary.date;
    // Only a date another article gives from its own words or date: inferences do not feed inferences.
    if (!partnerDate || primary.articleId === articleId || partnerDate.basis === "inferred") continue;
    for (const report of reports.filter((r: ArticleEvent) => r.articleId === articleId && r.date === null)) {
      const mention = report.passages.find((p) => p.dateMention && !p.dateMention.resolved)?.dateMention;
      if (!mention) continue;
      clues.push({
        start: mention.start,
        end: mention.end,
        span: partnerDate,
        evidence: { expression: mention.text, date: partnerDate.start, articleId: primary.articleId, eventTitle: primary.title },
      });
    }
  }
  return clues;
}

function bestReference(text: string, clues: Clue[]): Inference | null {
  const candidates = new Set<string>();
  for (const clue of clues) for (let k = -DAYS_BEFORE; k <= DAYS_AFTER; k++) candidates.add(addDaysToIsoDay(clue.span.start, k));
  let best: { day: string; fits: Clue[] } | null = null;
  for (const day of [...candidates].sort()) {
    const mentions = extractDates(text, day);
    const fits = clues.filter((clue) => {
      const m = mentions.find((x) => x.start === clue.start && x.end === clue.end);
      return m?.span != null && m.span.start <= clue.span.end && clue.span.start <= m.span.end;
    });
    if (fits.length > 0 && (!best || fits.length > best.fits.length)) best = { day, fits };
  }
  return best && { published: best.day, evidence: best.fits.map((c) => c.evidence) };
}
