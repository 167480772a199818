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
import { daysBetween, weekdayOfIsoDay } from "../util/calendar";
import type { ArticleEvent } from "../events/types";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

export interface MatchOptions {
  /** Days two exact-day dates may differ by (0 inside one article, 1 across articles). */
  dayTolerance: number;
}

export function sameHappening(a: ArticleEvent, b: ArticleEvent, options: MatchOptions = { dayTolerance: 0 }): boolean {
  return happeningKind(a) === happeningKind(b) && datesFit(a, b, options.dayTolerance) && sameParticipants(a, b);
}

/**
 * Reports of different kinds (type, planned or not) are never the same happening: the merges look for a
 * match only among reports of the same kind, which keeps a long article or a large corpus from comparing
 * every report with every other.
 */
export function happeningKind(e: ArticleEvent): string {
  return `${e.type}|${e.status === "scheduled"}`;
}

function datesFit(a: ArticleEvent, b: ArticleEvent, dayTolerance: number): boolean {
  if (a.date && b.date) {
    if (a.date.start <= b.date.end && b.date.start <= a.date.end) return true;
    // (Two days that do not overlap are at least one apart: with no tolerance, no need to count.)
    return dayTolerance > 0 && a.date.precision === "day" && b.date.precision === "day" && Math.abs(daysBetween(a.date.start, b.date.start)) <= dayTolerance;
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

interface ParticipantNames {
  /** How many passages the sets below were built from. */
  passages: number;
  people: Set<string>;
  bodies: Set<string>;
  countries: Set<string>;
}

/**
 * The names of an event's participants by kind, kept per event and extended as passages are appended (they
 * only ever are): an event that absorbs many reports would otherwise have them all re-read on every
 * comparison, which is quadratic in the number of reports.
 */
const namesCache = new WeakMap<ArticleEvent, ParticipantNames>();

function participantNames(e: ArticleEvent): ParticipantNames {
  let names = namesCache.get(e);
  if (!names || names.passages > e.passages.length) {
    names = { passages: 0, people: new Set(), bodies: new Set(), countries: new Set() };
    namesCache.set(e, names);
  }
  for (; names.passages < e.passages.length; names.passages++) {
    for (const mention of e.passages[names.passages]!.actors) {
      if (mention.modifier) continue;
      const { kind, name } = mention.actor;
      (kind === "person" ? names.people : kind === "country" ? names.countries : names.bodies).add(name);
    }
  }
  return names;
}

function sameParticipants(a: ArticleEvent, b: ArticleEvent): boolean {
  const na = participantNames(a), nb = participantNames(b);
  if (na.people.size > 0 && nb.people.size > 0) {
    const shared = countShared(na.people, nb.people);
    return shared >= (Math.min(na.people.size, nb.people.size) >= 2 ? 2 : 1);
  }
  if (countShared(na.bodies, nb.bodies) > 0) return true;
  return countShared(na.countries, nb.countries) >= 2;
}

function countShared(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const name of a) if (b.has(name)) shared++;
  return shared;
}
