/**
 * When are two reports the same happening? Shared by the merge inside one article and across articles.
 * - the same kind of act (PLOVER type) and the same status (a planned meeting is not the one that happened);
 * - dates that fit: resolved dates must overlap — across articles two exact days one apart also fit, as
 *   wire stories are often a day off (time zones, datelines), and the event then shows the disagreement;
 *   a date known only as a weekday ("Monday", in an undated article) must fall on that weekday;
 *   different unresolved words do not fit;
 * - the same people: when both name people they must share one, and two when both name two or more
 *   (Biden–Zelenskyy is not Biden–Putin); without people, a shared organization or group, or two countries.
 */
import type { Actor } from "../../lib/schema";
import { daysBetween, weekdayOfIsoDay } from "../util/calendar";
import type { ArticleEvent } from "../events/types";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

export interface MatchOptions {
  /** Days two exact-day dates may differ by (0 inside one article, 1 across articles). */
  dayTolerance: number;
}

export function sameHappening(a: ArticleEvent, b: ArticleEvent, options: MatchOptions = { dayTolerance: 0 }): boolean {
  return a.type === b.type && sameStatus(a, b) && datesFit(a, b, options.dayTolerance) && sameParticipants(a, b);
}

function sameStatus(a: ArticleEvent, b: ArticleEvent): boolean {
  return (a.status === "scheduled") === (b.status === "scheduled");
}

function datesFit(a: ArticleEvent, b: ArticleEvent, dayTolerance: number): boolean {
  if (a.date && b.date) {
    if (a.date.start <= b.date.end && b.date.start <= a.date.end) return true;
    return a.date.precision === "day" && b.date.precision === "day" && Math.abs(daysBetween(a.date.start, b.date.start)) <= dayTolerance;
  }
  if (a.date || b.date) {
    const [dated, undated] = a.date ? [a, b] : [b, a];
    const weekday = weekdayNamed(undated.dateExpression);
    // Words such as "last month" cannot be checked without the article's date: the people decide.
    if (weekday === null) return true;
    return dated.date!.precision === "day" && weekdayOfIsoDay(dated.date!.start) === weekday;
  }
  // Neither resolved: the same words, or no words on one side.
  if (a.dateExpression === null || b.dateExpression === null) return true;
  return normalise(a.dateExpression) === normalise(b.dateExpression);
}

function weekdayNamed(expression: string | null): number | null {
  if (!expression) return null;
  const words = expression.toLowerCase().split(/\W+/);
  const index = WEEKDAYS.findIndex((d) => words.includes(d));
  return index === -1 ? null : index;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/^(?:on|in|at)\s+/, "").trim();
}

function participants(e: ArticleEvent): Actor[] {
  return e.passages.flatMap((p) => p.actors.filter((m) => !m.modifier).map((m) => m.actor));
}

function sameParticipants(a: ArticleEvent, b: ArticleEvent): boolean {
  const pa = participants(a), pb = participants(b);
  const names = (list: Actor[], kind: (k: Actor["kind"]) => boolean) => new Set(list.filter((x) => kind(x.kind)).map((x) => x.name));
  const peopleA = names(pa, (k) => k === "person"), peopleB = names(pb, (k) => k === "person");
  if (peopleA.size > 0 && peopleB.size > 0) {
    const shared = [...peopleA].filter((n) => peopleB.has(n)).length;
    return shared >= (Math.min(peopleA.size, peopleB.size) >= 2 ? 2 : 1);
  }
  const bodiesA = names(pa, (k) => k === "organization" || k === "group"), bodiesB = names(pb, (k) => k === "organization" || k === "group");
  if ([...bodiesA].some((n) => bodiesB.has(n))) return true;
  const countriesA = names(pa, (k) => k === "country"), countriesB = names(pb, (k) => k === "country");
  return [...countriesA].filter((n) => countriesB.has(n)).length >= 2;
}
