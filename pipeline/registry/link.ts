/**
 * Gives this run's events their ids from the id registry, so that an id once published keeps
 * meaning the same event, and records what became of every id that no event has any more.
 *
 * Matching is by content, never by array position: the passages each known id was given for are
 * found again in the (possibly edited) articles (../anchoring), and an id follows the new event
 * that carries its passages, preferring the one whose date, actors and type agree with it.
 * - one known id, one new event, same date and headline → the id stays live;
 * - same passages, other headline or date → the new event gets a new id; the old one is `renamed`;
 * - several known ids' passages in one new event → it keeps one of them, the others are `merged`;
 * - one known id's passages in several new events → `split`, leading to all of them;
 * - passages nowhere (article removed, passage edited away, nothing read from it) → `gone`, with why.
 * New ids never reuse an id given out before, whatever became of it.
 */
import type { IdRegistry, IdStatus, RegistryEntry, RegistrySource, TimelineEvent } from "../../lib/schema";
import { compareText } from "../../lib/format";
import { anchorPassage, type AnchorMethod } from "../anchoring/anchor";
import { describePassage } from "../anchoring/selectors";
import { baseEventId } from "../events/to-schema";
import { goneReason, mergedReason, renamedReason, splitReason, type PassageFate } from "./reasons";

export interface LinkArticle {
  id: string;
  file: string;
  text: string;
}

export interface IdChange {
  id: string;
  was: IdStatus;
  now: IdStatus;
  successors?: string[];
  reason?: string;
}

/** A passage of a published id that can no longer be found in its article. */
export interface OrphanPassage {
  id: string;
  status: IdStatus;
  articleId: string;
  file: string;
  quote: string;
  reason: string;
  /** Its whole article is missing (removed, or unreadable this run) rather than the passage edited away. */
  articleMissing: boolean;
}

export interface IdsReport {
  /** How many ids the registry holds, by what they are now. */
  registry: Record<IdStatus, number>;
  /** Events that got an id never given out before. */
  added: number;
  /** Known ids whose status or successors changed in this run. */
  changes: IdChange[];
  /** Every passage of a known id that cannot be found again (kept in the registry until it can). */
  orphans: OrphanPassage[];
  /** How the known ids' passages were found again in this run. */
  anchoring: Record<AnchorMethod | "orphaned", number>;
}

export interface LinkResult {
  events: TimelineEvent[];
  registry: IdRegistry;
  report: IdsReport;
}

/** Two passages are the same when they overlap by at least half of the shorter one (sentences shift at edits). */
const MIN_OVERLAP = 0.5;

type LostSource = RegistrySource & { reason: string };
interface Span {
  articleId: string;
  start: number;
  end: number;
}
interface Known {
  id: string;
  entry: RegistryEntry;
  anchored: Span[];
  lost: LostSource[];
  fates: PassageFate[];
  /** New events (by index) that carry its passages, with how many. */
  carriers: Map<number, number>;
}

/**
 * `unreadable`: input files that had problems this run (skipped with --keep-going): their articles
 * are missing because they could not be read, not because they were removed.
 */
export function linkIds(previous: IdRegistry | null, events: TimelineEvent[], articles: LinkArticle[], unreadable: ReadonlySet<string> = new Set()): LinkResult {
  const before = previous?.ids ?? {};
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const anchoring: IdsReport["anchoring"] = { position: 0, quote: 0, fuzzy: 0, orphaned: 0 };
  const bases = events.map(baseEventId);

  // 1. Find the passages of every id that had an event (or might have one again) in today's texts.
  const known: Known[] = sortedKeys(before)
    .filter((id) => before[id]!.status === "live" || before[id]!.status === "gone")
    .map((id) => reanchor(id, before[id]!, articleById, unreadable, anchoring));

  // 2. Which new events carry them: per passage, the overlapping events that agree best with the id.
  const spans = spansByArticle(events);
  for (const k of known) {
    for (const span of k.anchored) {
      const covering = [...new Set((spans.get(span.articleId) ?? []).filter((q) => overlaps(span, q)).map((q) => q.event))];
      const file = articleById.get(span.articleId)!.file;
      if (covering.length === 0) {
        k.fates.push({ kind: "not-reported", file });
        continue;
      }
      const best = Math.max(...covering.map((i) => agreement(k.entry, events[i]!)));
      for (const i of covering) if (agreement(k.entry, events[i]!) === best) k.carriers.set(i, (k.carriers.get(i) ?? 0) + 1);
    }
    // An id none of whose passages could be placed (the text around them changed too much to be sure)
    // still follows an event of the same article that quotes one of them word for word, or that has
    // its date and headline: the content says it is the same event, even if the anchor cannot.
    if (k.carriers.size === 0) {
      const lostQuotes = new Set(k.lost.map((l) => `${l.articleId}\u0000${l.selector[0].exact}`));
      const articlesOfId = new Set([...k.entry.sources, ...k.lost].map((s) => s.articleId));
      const candidates = new Set([...articlesOfId].flatMap((articleId) => (spans.get(articleId) ?? []).map((q) => q.event)));
      for (const i of [...candidates].sort((a, b) => a - b)) {
        const event = events[i]!;
        const sameWords = event.sources.some((s) => lostQuotes.has(`${s.articleId}\u0000${s.quote}`));
        const sameHeadline = inFamily(k.id, bases[i]!) && (event.date?.value ?? null) === k.entry.date;
        if (sameWords || sameHeadline) k.carriers.set(i, 0);
      }
    }
  }

  // 3. Each new event continues at most one known id, each known id at most one event: the pairs that
  //    keep an id (same date and headline) first, then by shared passages and agreement.
  const pairs = known.flatMap((k) => [...k.carriers].map(([event, shared]) => ({ k, event, shared, keepsId: inFamily(k.id, bases[event]!), agree: agreement(k.entry, events[event]!) })));
  pairs.sort((a, b) => Number(b.keepsId) - Number(a.keepsId) || b.shared - a.shared || b.agree - a.agree || Number(b.k.entry.status === "live") - Number(a.k.entry.status === "live") || compareText(a.k.id, b.k.id) || a.event - b.event);
  const continues = new Map<Known, number>();
  const continuedBy = new Map<number, Known>();
  for (const p of pairs) {
    if (continues.has(p.k) || continuedBy.has(p.event)) continue;
    continues.set(p.k, p.event);
    continuedBy.set(p.event, p.k);
  }

  // 4. Ids: a continued id when the date and headline still give it, else a fresh one never given out.
  const ids: string[] = events.map((_, i) => {
    const k = continuedBy.get(i);
    return k && inFamily(k.id, bases[i]!) ? k.id : "";
  });
  const taken = new Set([...Object.keys(before), ...ids.filter(Boolean)]);
  ids.forEach((id, i) => {
    if (id) return;
    ids[i] = freshId(bases[i]!, taken);
    taken.add(ids[i]!);
  });

  // 5. The new registry: every event live; every known id that lost its event pointing on or gone.
  const entries: Record<string, RegistryEntry> = {};
  for (const id of Object.keys(before)) if (!["live", "gone"].includes(before[id]!.status)) entries[id] = before[id]!;
  events.forEach((event, i) => (entries[ids[i]!] = liveEntry(event, articleById)));
  const changes: IdChange[] = [];
  for (const k of known) {
    const event = continues.get(k);
    let entry: RegistryEntry;
    // A passage the anchor could not place but that the continuing event quotes word for word is found.
    if (event !== undefined) k.lost = k.lost.filter((l) => !events[event]!.sources.some((s) => s.articleId === l.articleId && s.quote === l.selector[0].exact));
    if (event !== undefined && ids[event] === k.id) {
      entry = withLost(entries[k.id]!, k.lost);
    } else {
      const lastKnown = { title: k.entry.title, date: k.entry.date, type: k.entry.type, actors: k.entry.actors, sources: k.entry.sources };
      const carriers = [...k.carriers.keys()].sort((a, b) => a - b);
      if (event !== undefined) {
        const pieces = carriers.filter((i) => i !== event && !continuedBy.has(i));
        const successors = [event, ...pieces].map((i) => ids[i]!);
        const reason = pieces.length > 0 ? splitReason(successors.length) : renamedReason(k.entry, entries[ids[event]!]!);
        entry = pointer(pieces.length > 0 ? "split" : "renamed", successors, reason, lastKnown, k.lost);
      } else if (carriers.length > 0) {
        const successors = carriers.map((i) => ids[i]!);
        entry = pointer(carriers.length === 1 ? "merged" : "split", successors, carriers.length === 1 ? mergedReason(entries[successors[0]!]!) : splitReason(carriers.length), lastKnown, k.lost);
      } else {
        entry = pointer("gone", undefined, goneReason(k.fates), lastKnown, k.lost);
      }
    }
    entries[k.id] = entry;
    const was = k.entry;
    if (was.status !== entry.status || JSON.stringify(was.successors) !== JSON.stringify(entry.successors)) {
      changes.push({ id: k.id, was: was.status, now: entry.status, ...(entry.successors ? { successors: entry.successors } : {}), ...(entry.reason ? { reason: entry.reason } : {}) });
    }
  }

  const registry: IdRegistry = { schemaVersion: 1, ids: Object.fromEntries(sortedKeys(entries).map((id) => [id, entries[id]!])) };
  return {
    events: events.map((event, i) => ({ ...event, id: ids[i]! })),
    registry,
    report: { registry: countByStatus(registry), added: events.length - continuedBy.size, changes, orphans: orphansOf(registry, articleById), anchoring },
  };
}

function reanchor(id: string, entry: RegistryEntry, articles: ReadonlyMap<string, LinkArticle>, unreadable: ReadonlySet<string>, counts: IdsReport["anchoring"]): Known {
  const k: Known = { id, entry, anchored: [], lost: [], fates: [], carriers: new Map() };
  const seen = new Set<string>();
  for (const { articleId, file, selector } of [...entry.sources, ...(entry.lost ?? [])]) {
    const key = JSON.stringify([articleId, selector[1].start, selector[0].exact]);
    if (seen.has(key)) continue;
    seen.add(key);
    const article = articles.get(articleId);
    if (!article) {
      const unread = unreadable.has(file);
      k.lost.push({ articleId, file, selector, reason: unread ? `its article ${file} could not be read in this run` : `its article ${file} was removed` });
      k.fates.push({ kind: unread ? "article-unreadable" : "article-removed", file });
      continue;
    }
    const found = anchorPassage(selector, article.text);
    if (found.kind === "anchored") {
      counts[found.method] += 1;
      k.anchored.push({ articleId, start: found.start, end: found.end });
    } else {
      counts.orphaned += 1;
      k.lost.push({ articleId, file: article.file, selector, reason: `not found in ${article.file}: ${found.reason}` });
      k.fates.push({ kind: "orphaned", file: article.file });
    }
  }
  return k;
}

function spansByArticle(events: TimelineEvent[]): Map<string, Array<Span & { event: number }>> {
  const spans = new Map<string, Array<Span & { event: number }>>();
  events.forEach((event, i) => {
    for (const s of event.sources) {
      const list = spans.get(s.articleId) ?? [];
      list.push({ articleId: s.articleId, start: s.start, end: s.end, event: i });
      spans.set(s.articleId, list);
    }
  });
  return spans;
}

function overlaps(a: Span, b: Span): boolean {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && shared >= MIN_OVERLAP * Math.min(a.end - a.start, b.end - b.start);
}

/** 0..1: the same date (0.4), the same people and countries (0.4, Jaccard), the same type (0.2). */
function agreement(entry: RegistryEntry, event: TimelineEvent): number {
  const sameDate = (event.date?.value ?? null) === entry.date ? 1 : 0;
  const actors = new Set(event.actors.map((a) => a.name));
  const union = new Set([...actors, ...entry.actors]).size;
  const jaccard = union === 0 ? 1 : entry.actors.filter((name) => actors.has(name)).length / union;
  return 0.4 * sameDate + 0.4 * jaccard + 0.2 * (event.type === entry.type ? 1 : 0);
}

/** `x`, `x-2`, `x-3`… all belong to base `x`: the event still has the date and headline that gave the id. */
function inFamily(id: string, base: string): boolean {
  return id === base || (id.startsWith(`${base}-`) && /^\d+$/.test(id.slice(base.length + 1)));
}

function freshId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** What a live entry keeps of an event (a published events.json before the registry has the same fields). */
export interface EntryEvent {
  title: string;
  date: { value: string } | null;
  type: TimelineEvent["type"];
  actors: ReadonlyArray<{ name: string }>;
  sources: ReadonlyArray<{ articleId: string; start: number; end: number; selector?: RegistrySource["selector"] }>;
}

/** The registry entry of a live event: its last known headline, date, type, actors and passages. */
export function liveEntry(event: EntryEvent, articles: ReadonlyMap<string, Omit<LinkArticle, "id">>): RegistryEntry {
  return {
    status: "live",
    title: event.title,
    date: event.date?.value ?? null,
    type: event.type,
    actors: [...new Set(event.actors.map((a) => a.name))],
    sources: event.sources.map((s) => ({
      articleId: s.articleId,
      file: articles.get(s.articleId)?.file ?? "",
      selector: s.selector ?? describePassage(articles.get(s.articleId)?.text ?? "", s.start, s.end),
    })),
  };
}

function pointer(status: IdStatus, successors: string[] | undefined, reason: string, lastKnown: Pick<RegistryEntry, "title" | "date" | "type" | "actors" | "sources">, lost: LostSource[]): RegistryEntry {
  return withLost({ status, ...(successors ? { successors } : {}), reason, ...lastKnown }, lost);
}

/** The entry with this run's lost passages in place of any it had. */
function withLost(entry: RegistryEntry, lost: LostSource[]): RegistryEntry {
  const rest = { ...entry };
  delete rest.lost;
  return lost.length > 0 ? { ...rest, lost } : rest;
}

function countByStatus(registry: IdRegistry): Record<IdStatus, number> {
  const counts: Record<IdStatus, number> = { live: 0, renamed: 0, merged: 0, split: 0, gone: 0 };
  for (const entry of Object.values(registry.ids)) counts[entry.status] += 1;
  return counts;
}

function orphansOf(registry: IdRegistry, articles: ReadonlyMap<string, LinkArticle>): OrphanPassage[] {
  return Object.entries(registry.ids).flatMap(([id, entry]) =>
    (entry.lost ?? []).map((l) => ({ id, status: entry.status, articleId: l.articleId, file: l.file, quote: l.selector[0].exact, reason: l.reason, articleMissing: !articles.has(l.articleId) })),
  );
}

const sortedKeys = (record: Record<string, unknown>) => Object.keys(record).sort(compareText);
