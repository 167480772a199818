/**
 * A short headline for an event, made from the words of its main sentence: the subject (people by surname),
 * the act and its object, cut before the date, the next clause or a second actor ("Blinken spoke with
 * eastern NATO allies"). Acts named by a noun ("a phone call") get a plain pattern from their participants
 * ("Biden and Zelenskyy hold phone call"). Headlines never invent words beyond these patterns.
 */
import type { Actor } from "../../lib/schema";
import { loadGazetteer } from "../actors/gazetteer";
import type { ActorMention } from "../actors/find-actors";
import type { DateMention } from "../dates/index";
import { joinRuns, predicateOf, subjectOf } from "./participants";
import { tokenize } from "./tokens";
import type { Trigger } from "./triggers";

const TRAILING_FILLER = new Set(["in", "on", "at", "of", "the", "a", "an", "to", "with", "and", "for", "by", "from", "its", "his", "her", "their", "last", "this", "next"]);
const MAX_WORDS = 12;
const MAX_LENGTH = 90;

const REGNAL_NUMBER = /^[IVX]+$/;

/** How headlines name an actor: people by family name ("Blinken", "Xi"), regnal names whole ("Elizabeth II"). */
export function shortName(actor: Actor): string {
  if (actor.kind !== "person") return actor.name;
  const known = loadGazetteer().surname(actor.name);
  if (known) return known;
  const words = actor.name.split(" ");
  const last = words.at(-1) ?? actor.name;
  return REGNAL_NUMBER.test(last) && words.length > 1 ? words.slice(-2).join(" ") : last;
}

export interface HeadlineInput {
  text: string;
  sentenceStart: number;
  sentenceEnd: number;
  trigger: Trigger;
  date: DateMention | null;
  actors: ActorMention[];
  scheduled: boolean;
}

export function makeHeadline(input: HeadlineInput): string {
  const headline = input.trigger.entry.pos === "noun" ? nounHeadline(input) : verbHeadline(input);
  return finish(headline);
}

function verbHeadline({ text, sentenceStart, trigger, date, actors, sentenceEnd }: HeadlineInput): string {
  const subject = subjectOf(text, sentenceStart, trigger, actors);
  const predicate = predicateText(text, trigger, date, actors, sentenceEnd);
  if (!subject) {
    // No actor in the act's own clause: name the nearest one before it, so the headline says who.
    const nearest = actors.filter((m) => !m.modifier && m.end <= trigger.start).at(-1);
    return nearest ? `${shortName(nearest.actor)}: ${predicate}` : predicate;
  }
  const person = subject.mentions.find((m) => m.actor.kind === "person" && !m.modifier);
  if (person) return `${shortName(person.actor)} ${text.slice(person.end, trigger.start).trim()} ${predicate}`.replace(/\s+/g, " ");
  return `${text.slice(subject.start, trigger.start).trim()} ${predicate}`.replace(/\s+/g, " ");
}

/** The act and its object; speech is told by what was said ("Biden said [last month] [that] he is not ..."). */
function predicateText(text: string, trigger: Trigger, date: DateMention | null, actors: ActorMention[], sentenceEnd: number): string {
  if (trigger.entry.reporting) return reportedContent(text, trigger, date, tokenize(text, trigger.end, sentenceEnd));
  return joinRuns(text, predicateOf(text, trigger, date, actors, sentenceEnd).runs);
}

function reportedContent(text: string, trigger: Trigger, date: DateMention | null, tokens: ReturnType<typeof tokenize>): string {
  // Runs of kept words are sliced from the text as written, so "U.S." keeps its full stop.
  const runs: Array<[number, number]> = [[trigger.start, trigger.end]];
  let words = 1;
  let previousEnd = trigger.end;
  let open = true;
  for (const token of tokens) {
    if (words > MAX_WORDS) break;
    const inDate = date !== null && token.start >= date.start && token.end <= date.end;
    if (!inDate && /[,;:()“”"\u2013\u2014]/.test(text.slice(previousEnd, token.start))) break;
    previousEnd = token.end;
    if (inDate || (token.lower === "that" && words === 1)) {
      open = false;
      continue;
    }
    if (open) runs[runs.length - 1]![1] = token.end;
    else runs.push([token.start, token.end]);
    open = true;
    words++;
  }
  return joinRuns(text, runs);
}

function nounHeadline({ text, trigger, actors, scheduled, date, sentenceEnd }: HeadlineInput): string {
  // A named meeting ("the Strategic Stability Dialogue"): its capitalised name is the headline.
  if (/^\p{Lu}/u.test(trigger.text) && trigger.tokenIndex > 0) {
    const before = /((?:\p{Lu}[\p{L}-]*\s+){0,4})$/u.exec(text.slice(Math.max(0, trigger.start - 60), trigger.start))?.[1] ?? "";
    return `${before}${trigger.text} ${scheduled ? "scheduled" : "held"}`;
  }
  const people = unique(actors.filter((m) => !m.modifier && m.actor.kind === "person").map((m) => shortName(m.actor)));
  const what = trigger.entry.mode === "phone" ? "phone call" : trigger.text.replace(/^(?:a|an|the)\s+/i, "").toLowerCase();
  // Two people and a call or talks: "Biden and Zelenskyy hold phone call".
  if (people.length >= 2) return `${people.slice(0, 2).join(" and ")} ${scheduled ? "to hold" : "hold"} ${what}`;
  // Otherwise the noun with its own words ("visit to Taiwan"), after the nearest actor named before it.
  const phrase = joinRuns(text, predicateOf(text, trigger, date, actors, sentenceEnd).runs);
  const nearest = actors.filter((m) => !m.modifier && m.end <= trigger.start).at(-1) ?? actors.find((m) => !m.modifier);
  if (nearest) return `${shortName(nearest.actor)}: ${phrase}`;
  return phrase === trigger.text ? `${capitalise(phrase)} ${scheduled ? "scheduled" : "held"}` : phrase;
}

function finish(headline: string): string {
  const words = headline.replace(/\s+/g, " ").trim().split(" ");
  while (words.length > 2 && TRAILING_FILLER.has(words.at(-1)!.toLowerCase())) words.pop();
  let result = capitalise(words.join(" ").replace(/[\s,;:.]+$/, ""));
  if (result.length > MAX_LENGTH) result = `${result.slice(0, MAX_LENGTH - 1).replace(/\s+\S*$/, "")}…`;
  return result;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function capitalise(s: string): string {
  return s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}
