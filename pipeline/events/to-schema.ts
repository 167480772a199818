/**
 * From merged reports to the events of events.json: stable ids from the content, actors in order of
 * mention, every passage as a source with its quote, and a confidence that says how much to trust it.
 */
import type { Actor, EventSupport, Source, TimelineEvent } from "../../lib/schema";
import { confidenceOf } from "../../lib/confidence";
import { describePassage } from "../anchoring/selectors";
import { slugify } from "../../lib/slug";
import { uniqueIds } from "../ingest/article-id";
import type { MergedEvent } from "../merge/cross-article";
import { findDisagreements } from "../merge/disagreements";
import type { ArticleEvent } from "./types";

export function toTimelineEvents(merged: MergedEvent[], textOf: (articleId: string) => string): TimelineEvent[] {
  const events = merged.map(({ primary, reports }) => {
    const sources = reports.flatMap((r) => r.passages.map((p): Source => {
      const text = textOf(p.articleId);
      const { start, end } = p.sentence;
      const marks = p.marks.filter((m) => m.start >= start && m.end <= end).sort((a, b) => a.start - b.start || a.end - b.end);
      return { articleId: p.articleId, start, end, quote: text.slice(start, end), marks, selector: describePassage(text, start, end) };
    }));
    return {
      id: "",
      title: primary.title,
      date: primary.date,
      status: primary.status,
      type: primary.type,
      mode: primary.mode,
      actors: actorsOf(primary, reports),
      location: primary.location ?? reports.find((r) => r.location)?.location ?? null,
      sources,
      ...confidenceWithSupport(supportOf(primary, reports)),
      ...withDisagreements(findDisagreements(reports)),
      unresolvedDate: primary.date ? null : primary.unresolvedDate,
    } satisfies TimelineEvent;
  });
  events.sort((a, b) => (a.date?.start ?? "9999") .localeCompare(b.date?.start ?? "9999") || a.title.localeCompare(b.title) || a.sources[0]!.articleId.localeCompare(b.sources[0]!.articleId) || a.sources[0]!.start - b.sources[0]!.start);
  assignIds(events);
  return events;
}

/** Only events whose sources disagree carry the field, so agreeing events stay small. */
function withDisagreements(found: ReturnType<typeof findDisagreements>): Pick<TimelineEvent, "disagreements"> {
  return found.length > 0 ? { disagreements: found } : {};
}

/**
 * Ids read like the event ("2022-01-03-blinken-discussed-with-the-representatives") and depend only on
 * its date and headline, never on array positions. Two events with the same id get -2, -3 in sorted order.
 * With an id registry (pipeline/registry) ids are given again from it, so an id once published keeps
 * meaning the same event; this is the first run's numbering.
 */
function assignIds(events: TimelineEvent[]): void {
  const ids = uniqueIds(events.map(baseEventId));
  events.forEach((event, index) => (event.id = ids[index]!));
}

/** The id an event's date and headline give, before any -2, -3 that tells equal ones apart. */
export function baseEventId(event: Pick<TimelineEvent, "date" | "title">): string {
  return `${event.date ? slugify(event.date.value) : "undated"}-${slugify(event.title, 60)}`;
}

/** Who acts, then who is acted upon, then the people and others of the main passage, then people named elsewhere. */
function actorsOf(primary: ArticleEvent, reports: ArticleEvent[]): Actor[] {
  const seen = new Map<string, Actor>();
  const { sources, targets } = primary.participants;
  const partOf = (name: string): Actor["part"] => (sources.includes(name) ? "source" : targets.includes(name) ? "target" : undefined);
  const add = (actor: Actor) => {
    if (seen.has(actor.name)) return;
    const part = partOf(actor.name);
    seen.set(actor.name, { ...actor, role: actor.role ?? null, ...(part ? { part } : {}) });
  };
  const named = primary.passages[0]!.actors.filter((m) => !m.modifier).map((m) => m.actor);
  const rank = (a: Actor) => (sources.includes(a.name) ? 0 : targets.includes(a.name) ? 1 : a.kind === "person" ? 2 : 3);
  for (const actor of [...named].sort((a, b) => rank(a) - rank(b))) add(actor);
  for (const r of reports) for (const p of r.passages) for (const m of p.actors) if (!m.modifier && m.actor.kind === "person") add(m.actor);
  return [...seen.values()];
}

/**
 * What the confidence counts (lib/confidence.ts): a date resolved from the text, an act the sentence
 * asserts with a verb, a person named, and how many articles report it.
 */
function supportOf(primary: ArticleEvent, reports: ArticleEvent[]): EventSupport {
  return {
    date: primary.date ? (primary.date.basis === "publication" ? "publication" : "text") : null,
    assertedAct: primary.passages[0]!.trigger?.entry.pos === "verb",
    personNamed: primary.passages.some((p) => p.actors.some((m) => m.actor.kind === "person")),
    articles: new Set(reports.map((r) => r.articleId)).size,
  };
}

const confidenceWithSupport = (support: EventSupport) => ({ confidence: confidenceOf(support), support });
