/**
 * Events of one article. Each sentence whose main act is diplomatic and which carries a date (or leads the
 * article) starts an event; the sentences right after it that go on about the same people ("Blinken also
 * stressed...", "They also discussed with Blinken...") add passages to it instead of making new events.
 * Sentences with an act but no date and no link to a dated event are left out: a timeline needs dates,
 * and fewer, right events beat many noisy ones.
 */
import type { Actor, EventDate, EventStatus, Mark } from "../../lib/schema";
import { ArticleActors } from "../actors/article-actors";
import type { ActorMention } from "../actors/find-actors";
import type { DateMention } from "../dates/index";
import { daysBetween } from "../util/calendar";
import type { IngestedArticle } from "../ingest/types";
import { splitSentences, type Sentence } from "../text/sentences";
import { chooseMainAct, datingMentions, type MainAct } from "./classify";
import { makeHeadline } from "./headline";
import { offTopic } from "./topic";
import { participantsOf, type Participants } from "./participants";
import { findLocation } from "./location";
import { findTriggers, isAsserted, type Trigger } from "./triggers";
import type { ArticleEvent, Passage } from "./types";
import { mergeWithinArticle } from "./within-article";

/** An act further back than this before publication is context ("annexed Crimea in 2014"), not news. */
const BACKGROUND_AFTER_DAYS = 90;

export function articleEvents(article: IngestedArticle, articleOrder: number, dates: DateMention[]): ArticleEvent[] {
  if (offTopic(article.title, article.text) !== null) return [];
  const events: ArticleEvent[] = [];
  let current: ArticleEvent | null = null;
  let lastIndex = -1;
  const articleActors = new ArticleActors(article.text);
  for (const sentence of splitSentences(article.text)) {
    const sentenceDates = datingMentions(dates, sentence.start, sentence.end);
    const triggers = findTriggers(article.text, sentence.start, sentence.end);
    const act = chooseMainAct(article.text, triggers, sentenceDates, sentence.start);
    const recentPeople = current ? peopleOf(current) : [];
    const acts = triggers.filter((t) => isAsserted(t) && t.entry.pos === "verb");
    const actors = articleActors.inSentence(sentence.start, sentence.end, acts, recentPeople);
    const candidate = act !== null && (act.date !== null || (sentence.index === 0 && article.published !== null)) && hasWho(act, actors, triggers);
    const participants = candidate ? participantsOf(article.text, sentence.start, sentence.end, act.trigger, act.date, actors) : null;
    const startsEvent = candidate && participants !== null && hasAttacker(act, participants);
    if (startsEvent) {
      current = newEvent(article, articleOrder, sentence, act, actors, participants);
      events.push(current);
    } else if (current && sentence.index === lastIndex + 1 && continues(current, actors, triggers.some((t) => isAsserted(t) && !t.entry.reporting))) {
      current.passages.push(passage(article.id, sentence, act?.trigger ?? null, null, actors));
    } else {
      current = null;
    }
    lastIndex = sentence.index;
  }
  return mergeWithinArticle(events);
}

function newEvent(article: IngestedArticle, articleOrder: number, sentence: Sentence, act: MainAct, actors: ActorMention[], participants: Participants): ArticleEvent {
  const { trigger, date: mention } = act;
  const date = mention ? toEventDate(mention, article) : publicationDate(article);
  const scheduled = trigger.future || (mention?.future ?? false) || (date !== null && article.published !== null && date.start > article.published);
  const status = statusOf(scheduled, trigger.ongoing, date, article.published);
  const place = findLocation(article.text, sentence.start, sentence.end);
  const first = passage(article.id, sentence, trigger, mention, actors);
  if (place) first.marks.push({ start: place.start, end: place.end, kind: "location" });
  return {
    articleId: article.id,
    articleOrder,
    type: trigger.entry.type,
    mode: consultMode(trigger, actors),
    status,
    date,
    unresolvedDate: mention && !mention.resolved
      ? { expression: mention.text, articleId: article.id, reason: "The article states no publication date, so this relative date cannot be counted from any day." }
      : null,
    dateExpression: mention?.text ?? null,
    passages: [first],
    location: place?.name ?? null,
    title: makeHeadline({ text: article.text, sentenceStart: sentence.start, sentenceEnd: sentence.end, trigger, date: mention, actors, scheduled }),
    participants,
  };
}

/**
 * PLOVER's CONSULT modes: a call is "phone" and a trip "visit" whoever takes part; talks or a meeting with a
 * grouping of states ("the Bucharest Nine", "NATO allies") or among three countries or more are "multilateral".
 */
function consultMode(trigger: MainAct["trigger"], actors: ActorMention[]): string | null {
  const mode = trigger.entry.mode;
  if (trigger.entry.type !== "CONSULT" || mode === "phone" || mode === "visit") return mode;
  const named = actors.filter((m) => !m.modifier);
  const groups = named.some((m) => m.actor.kind === "group" || (m.actor.kind === "organization" && m.actor.country === null));
  const countries = new Set(named.map((m) => m.actor.country).filter(Boolean));
  return groups || countries.size >= 3 ? "multilateral" : mode;
}

function statusOf(scheduled: boolean, ongoing: boolean, date: EventDate | null, published: string | null): EventStatus {
  if (scheduled) return "scheduled";
  if (ongoing) return "ongoing";
  if (date && published && daysBetween(date.end, published) > BACKGROUND_AFTER_DAYS) return "background";
  return "occurred";
}

function toEventDate(mention: DateMention, article: IngestedArticle): EventDate | null {
  if (!mention.span) return null;
  return {
    value: mention.value,
    start: mention.span.start,
    end: mention.span.end,
    precision: mention.span.precision,
    expression: mention.text,
    // Counted from a publication date that was itself inferred: say so.
    basis: mention.basis === "relative" && article.publishedBasis === "inferred" ? "inferred" : mention.basis,
    rule: mention.rule,
    reference: mention.basis === "relative" ? article.published : null,
    articleId: article.id,
  };
}

/** The lead sentence of a dated article with no date words reports what happened on the publication day. */
function publicationDate(article: IngestedArticle): EventDate | null {
  if (!article.published) return null;
  return {
    value: article.published, start: article.published, end: article.published, precision: "day",
    expression: null, basis: article.publishedBasis === "inferred" ? "inferred" : "publication", rule: "lead-sentence-publication-day", reference: article.published, articleId: article.id,
  };
}

function passage(articleId: string, sentence: Sentence, trigger: MainAct["trigger"] | null, date: DateMention | null, actors: ActorMention[]): Passage {
  const marks: Mark[] = [];
  if (trigger) marks.push({ start: trigger.start, end: trigger.end, kind: "trigger" });
  if (date) marks.push({ start: date.start, end: date.end, kind: "date" });
  for (const a of actors) if (!a.modifier) marks.push({ start: a.start, end: a.end, kind: "actor" });
  return { articleId, sentence, trigger, dateMention: date, actors, marks };
}

/**
 * A diplomatic event has someone acting: at least one actor in the sentence, and for mere speech a
 * speaker named before the verb ("traders said" is not diplomacy; "Lavrov said" may be).
 */
function hasWho(act: MainAct, actors: ActorMention[], triggers: Trigger[]): boolean {
  const named = actors.filter((m) => !m.modifier);
  if (named.length === 0) return false;
  if (!act.trigger.entry.reporting) return true;
  const speakers = named.filter((m) => m.end <= act.trigger.start);
  if (speakers.length === 0) return false;
  // Speech is diplomacy when it is about someone else or about an act ("said Russia would retaliate"),
  // not when it is about prices or the weather.
  const speakerNames = new Set(speakers.map((m) => m.actor.name));
  const aboutSomeoneElse = named.some((m) => m.start >= act.trigger.end && !speakerNames.has(m.actor.name));
  const aboutAnAct = triggers.some((t) => t !== act.trigger && !t.entry.reporting && t.start >= act.trigger.end);
  return aboutSomeoneElse || aboutAnAct;
}

/** An attack has an attacker: "a plane crashed, killing two people" is an accident, not an ASSAULT. */
function hasAttacker(act: MainAct, participants: Participants): boolean {
  if (act.trigger.entry.type !== "ASSAULT" || act.trigger.entry.pos === "noun") return true;
  return participants.sources.length > 0;
}

export function peopleOf(event: ArticleEvent): Actor[] {
  return event.passages.flatMap((p) => p.actors.filter((m) => !m.modifier && m.actor.kind === "person").map((m) => m.actor));
}

/**
 * A sentence goes on about the current event when it names one of its people, or — when it states no act
 * of its own — one of its organizations or groups. Countries alone are too common to tie sentences together.
 */
function continues(event: ArticleEvent, actors: ActorMention[], hasOwnAct: boolean): boolean {
  const eventNames = new Set(event.passages.flatMap((p) => p.actors.filter((m) => !m.modifier).map((m) => m.actor.name)));
  const shared = actors.filter((m) => !m.modifier && eventNames.has(m.actor.name));
  if (shared.some((m) => m.actor.kind === "person")) return true;
  return !hasOwnAct && shared.some((m) => m.actor.kind === "organization" || m.actor.kind === "group");
}
