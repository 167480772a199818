import type { EventDate, EventStatus, EventType, Mark, UnresolvedDate } from "../../lib/schema";
import type { ActorMention } from "../actors/find-actors";
import type { DateMention } from "../dates/index";
import type { Sentence } from "../text/sentences";
import type { Participants } from "./participants";
import type { Trigger } from "./triggers";

/** One sentence that reports (part of) an event, with the words that matter in it. */
export interface Passage {
  articleId: string;
  sentence: Sentence;
  trigger: Trigger | null;
  dateMention: DateMention | null;
  actors: ActorMention[];
  marks: Mark[];
}

/** An event as one article reports it, before events from several articles are merged. */
export interface ArticleEvent {
  articleId: string;
  /** Order of the article in the input, for deterministic tie-breaks. */
  articleOrder: number;
  type: EventType;
  mode: string | null;
  status: EventStatus;
  date: EventDate | null;
  unresolvedDate: UnresolvedDate | null;
  /** The date words when they could not be resolved ("Monday"): still useful to match other reports. */
  dateExpression: string | null;
  passages: Passage[];
  location: string | null;
  title: string;
  /** Names of who acts and who is acted upon in the main passage. */
  participants: Participants;
}
