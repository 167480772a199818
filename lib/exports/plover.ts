/**
 * plover.jsonl: the events as PLOVER event records, one JSON object per line, with the field names of
 * the PLOVER specification's "JSON Data Fields" chapter (Open Event Data Alliance, PLOVER manual,
 * https://github.com/openeventdata/PLOVER): `id`, `date`/`enddate`, `event`, `mode`, `context`,
 * `source`/`recipient` (lists of actor objects: `code`, `actor_text`, `office`), `event_loc`,
 * `event_text`, `quad_code`, `text_info` and `cite_info`. Fields of our own, which the specification
 * invites, are named plainly: `date_precision`, `date_value`, `status`, `confidence`, `other_sources`.
 *
 * Event types. Ours already are PLOVER categories (the sixteen of PLOVER as the POLECAT data set
 * codes it: REQUEST for demands and appeals, ACCUSE for disapproval and investigation), so each maps
 * to itself (PLOVER_EVENT). STATEMENT has no PLOVER category: PLOVER dropped CAMEO's "make public
 * statement" (and a record must have a date), so statements and undated events are left out of this
 * file; events.csv and events.json have them.
 *
 * Actors. `source` is whoever the pipeline found acting (part "source"), `recipient` who was acted
 * upon (part "target"). When no one is marked acting, PLOVER's rule for meetings applies (every
 * participant is a source): the people named, or every actor when no person is. `code` is the
 * ISO 3166 alpha-3 country of the actor when known (a country's own, a person's or body's country);
 * it is left out, never guessed, otherwise.
 *
 * Passages. `text_info` gives the primary passage's offsets into its article's text (`start`, `end`:
 * UTF-16 code units, JavaScript string indices, as everywhere in events.json) with the article id
 * and the quote, so `article.text.slice(start, end) === quote`; `cite_info` the article's title,
 * URL, publisher and publication date. An event reported by several articles is one record; its other
 * passages are in `other_sources`, each with its own `text_info` and `cite_info`.
 *
 * Contexts: "historical" for background events, "future" for scheduled ones (PLOVER's own values).
 */
import type { Actor, Source } from "../schema";
import type { ExportArticle, ExportEvent, ExportInput } from "./types";
import { inPlover, PLOVER_EVENT } from "./formats";


/**
 * PLOVER's quad categories: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 * conflict (the manual's table; REQUEST sits where the manual has DEMAND).
 */
export const QUAD_CODE: Readonly<Record<string, 1 | 2 | 3 | 4>> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2,
  REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3, SANCTION: 3,
  PROTEST: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

export interface PloverActor {
  code?: string;
  actor_text: string;
  office?: string;
}

export interface PloverTextInfo {
  article_id: string;
  start: number;
  end: number;
  quote: string;
}

export interface PloverCiteInfo {
  title: string | null;
  url: string | null;
  publication: string | null;
  published: string | null;
  citation: string;
  corpus: "diplomatic-timeline";
  coder: "diplomatic-timeline";
  codebook: "PLOVER";
}

export interface PloverRecord {
  id: string;
  date: string;
  enddate?: string;
  date_precision: string;
  date_value: string;
  event: string[];
  quad_code: 1 | 2 | 3 | 4;
  mode?: string;
  context?: string[];
  source: PloverActor[];
  recipient: PloverActor[];
  event_loc?: { name: string };
  event_text?: string[];
  status: ExportEvent["status"];
  confidence: number;
  text_info: PloverTextInfo;
  cite_info: PloverCiteInfo;
  other_sources?: Array<{ text_info: PloverTextInfo; cite_info: PloverCiteInfo }>;
}

const CONTEXT: Partial<Record<ExportEvent["status"], string>> = { background: "historical", scheduled: "future" };

function actor(a: Actor): PloverActor {
  return { ...(a.country ? { code: a.country } : {}), actor_text: a.name, ...(a.role ? { office: a.role } : {}) };
}

function sourcesAndRecipients(event: ExportEvent): { source: PloverActor[]; recipient: PloverActor[] } {
  const recipients = event.actors.filter((a) => a.part === "target");
  let sources = event.actors.filter((a) => a.part === "source");
  if (sources.length === 0) {
    const others = event.actors.filter((a) => a.part !== "target");
    const people = others.filter((a) => a.kind === "person");
    sources = people.length ? people : others;
  }
  return { source: sources.map(actor), recipient: recipients.map(actor) };
}

const textInfo = (s: Source): PloverTextInfo => ({ article_id: s.articleId, start: s.start, end: s.end, quote: s.quote });

const citeInfo = (articleId: string, article: ExportArticle | undefined): PloverCiteInfo => ({
  title: article?.title ?? null,
  url: article?.url ?? null,
  publication: article?.source ?? null,
  published: article?.published ?? null,
  citation: articleId,
  corpus: "diplomatic-timeline",
  coder: "diplomatic-timeline",
  codebook: "PLOVER",
});

/** The event's own words (its trigger marks) in each passage. */
function triggerWords(event: ExportEvent): string[] {
  const words = event.sources.flatMap((s) => (s.marks ?? []).filter((m) => m.kind === "trigger").map((m) => s.quote.slice(m.start - s.start, m.end - s.start)));
  return [...new Set(words.filter(Boolean))];
}

/** The record, or null for what PLOVER cannot code: an undated event or a statement. */
export function ploverRecord(event: ExportEvent, input: Pick<ExportInput, "articles">): PloverRecord | null {
  // The rule the Download control counts records by (lib/exports/formats.ts).
  if (!inPlover(event)) return null;
  const category = PLOVER_EVENT[event.type]!;
  const [primary, ...others] = event.sources;
  if (!primary) return null;
  const context = CONTEXT[event.status];
  const words = triggerWords(event);
  return {
    id: event.id,
    date: event.date.start,
    ...(event.date.end !== event.date.start ? { enddate: event.date.end } : {}),
    date_precision: event.date.precision,
    date_value: event.date.value,
    event: [category],
    quad_code: QUAD_CODE[category]!,
    ...(event.mode ? { mode: event.mode } : {}),
    ...(context ? { context: [context] } : {}),
    ...sourcesAndRecipients(event),
    ...(event.location ? { event_loc: { name: event.location } } : {}),
    ...(words.length ? { event_text: words } : {}),
    status: event.status,
    confidence: event.confidence,
    text_info: textInfo(primary),
    cite_info: citeInfo(primary.articleId, input.articles.get(primary.articleId)),
    ...(others.length ? { other_sources: others.map((s) => ({ text_info: textInfo(s), cite_info: citeInfo(s.articleId, input.articles.get(s.articleId)) })) } : {}),
  };
}

export function ploverRecords(input: ExportInput): PloverRecord[] {
  return input.events.flatMap((event) => ploverRecord(event, input) ?? []);
}

/** One record per line (JSON Lines, as the PLOVER manual recommends), each line ending with "\n". */
export function ploverJsonl(input: ExportInput): string {
  return ploverRecords(input).map((record) => `${JSON.stringify(record)}\n`).join("");
}
