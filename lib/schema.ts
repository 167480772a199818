/**
 * The one description of the data that flows from the build-time pipeline to the app.
 * Both sides import these zod schemas; TypeScript types are inferred from them, never
 * written twice. The shape follows ../shared/CONTRACT.md (`events.json`, schemaVersion 1)
 * and only ever extends it with optional-for-readers fields.
 */
import { z } from "zod";

export const SCHEMA_VERSION = 1 as const;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

export const PLOVER_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
] as const;
export const EVENT_TYPES = [...PLOVER_TYPES, "STATEMENT"] as const;
export const eventTypeSchema = z.enum(EVENT_TYPES);

export const eventStatusSchema = z.enum(["occurred", "scheduled", "ongoing", "background"]);
export const precisionSchema = z.enum(["day", "week", "month", "quarter", "year"]);
export const dateBasisSchema = z.enum(["explicit", "relative", "publication", "inferred"]);
export const publishedBasisSchema = z.enum(["metadata", "text", "inferred"]);
export const actorKindSchema = z.enum(["person", "country", "organization", "group"]);

/** Where an article's text says where and when it was filed ("Washington [US], January 4 :"). */
export const datelineSchema = z.object({
  text: z.string(),
  place: z.string().nullable(),
  /** The dateline's own day, when it gives one (wire datelines are often a day off). */
  date: isoDay.nullable(),
});

export const articleSchema = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  title: z.string(),
  /** Extension: who wrote it, when the file says (a saved web page's author); absent otherwise. */
  byline: z.string().optional(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  published: isoDay.nullable(),
  publishedBasis: publishedBasisSchema.nullable(),
  /** The article body that sources[].start/end index. */
  text: z.string(),
  /** Extension: the wire dateline, when the text has one. */
  dateline: datelineSchema.nullable().optional(),
  /** Extension: 1-based line in the input file where `text` starts (for path:line:col positions). */
  bodyLine: z.number().int().positive().optional(),
  /**
   * Extension, with publishedBasis "inferred": the reports that fixed the date — this article's own
   * words ("Monday") for a happening another article dates (2022-01-03).
   */
  publishedEvidence: z.array(z.object({
    expression: z.string(),
    date: isoDay,
    articleId: z.string(),
    eventTitle: z.string(),
  })).optional(),
});

/** Words inside a source passage that the event is about; offsets into the article text. */
export const markSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: z.enum(["trigger", "date", "actor", "location"]),
});

/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors) for a passage:
 * the quote with up to 32 characters of context on each side, and its offsets. Two descriptions of
 * the same passage, so it can be found again after the article's text changes (pipeline/anchoring).
 */
export const textQuoteSelectorSchema = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export const textPositionSelectorSchema = z.object({
  type: z.literal("TextPositionSelector"),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export const passageSelectorSchema = z.tuple([textQuoteSelectorSchema, textPositionSelectorSchema]);

export const sourceSchema = z.object({
  articleId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Exactly articles[].text.slice(start, end). */
  quote: z.string(),
  /** Extension: the event's own words within the passage, to highlight. */
  marks: z.array(markSchema).optional(),
  /** Extension: the passage as W3C selectors (`exact` is `quote`; start/end are the same offsets). */
  selector: passageSelectorSchema.optional(),
});

export const eventDateSchema = z.object({
  value: z.string(),
  start: isoDay,
  end: isoDay,
  precision: precisionSchema,
  expression: z.string().nullable(),
  basis: dateBasisSchema,
  /** Extension: the refiner or rule that produced the value, so every date can be explained. */
  rule: z.string().optional(),
  /** Extension: the day relative expressions were resolved against. */
  reference: isoDay.nullable().optional(),
  /** Extension: the article whose words gave the date. */
  articleId: z.string().optional(),
});

/** Why an event has no date: a relative expression with nothing to anchor it to. */
export const unresolvedDateSchema = z.object({
  expression: z.string(),
  articleId: z.string(),
  reason: z.string(),
});

export const actorSchema = z.object({
  name: z.string().min(1),
  kind: actorKindSchema,
  country: z.string().regex(/^[A-Z]{3}$/).nullable(),
  /** Extension: "Secretary of State", "President", ... when known. */
  role: z.string().nullable().optional(),
  /** Extension: who acts ("source") and who is acted upon ("target"); absent for everyone else named. */
  part: z.enum(["source", "target"]).optional(),
});

/** What an event's confidence counts (lib/confidence.ts): the number is computed from this. */
export const eventSupportSchema = z.object({
  /** Where its date comes from: its own words, only the publication day, or nowhere (undated). */
  date: z.enum(["text", "publication"]).nullable(),
  /** The act is a verb the sentence asserts, not a noun. */
  assertedAct: z.boolean(),
  /** A person is named in a passage. */
  personNamed: z.boolean(),
  /** How many articles report it. */
  articles: z.number().int().min(1),
});

export const eventIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "ids are lowercase slugs");

export const eventSchema = z.object({
  id: eventIdSchema,
  title: z.string().min(1),
  date: eventDateSchema.nullable(),
  status: eventStatusSchema,
  type: eventTypeSchema,
  /** Extension: PLOVER mode, e.g. CONSULT "phone" | "visit" | "multilateral". */
  mode: z.string().nullable().optional(),
  actors: z.array(actorSchema),
  location: z.string().nullable(),
  sources: z.array(sourceSchema).min(1),
  confidence: z.number().min(0).max(1),
  /** Extension: what the confidence counts, so the number can be explained (absent in hand-made files). */
  support: eventSupportSchema.optional(),
  /**
   * Extension: where the sources say different things about the same happening (its day, its place),
   * each version with the articles that give it. The event shows the primary source's version.
   */
  disagreements: z.array(z.object({
    field: z.enum(["date", "location"]),
    versions: z.array(z.object({ value: z.string(), articleIds: z.array(z.string()).min(1) })).min(2),
  })).optional(),
  /** Extension: set when `date` is null because a relative expression could not be anchored. */
  unresolvedDate: unresolvedDateSchema.nullable().optional(),
});

export const eventsFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(articleSchema),
  events: z.array(eventSchema),
});

export type EventType = z.infer<typeof eventTypeSchema>;
export type EventStatus = z.infer<typeof eventStatusSchema>;
export type Precision = z.infer<typeof precisionSchema>;
export type DateBasis = z.infer<typeof dateBasisSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Dateline = z.infer<typeof datelineSchema>;
export type Mark = z.infer<typeof markSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type EventDate = z.infer<typeof eventDateSchema>;
export type UnresolvedDate = z.infer<typeof unresolvedDateSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type EventSupport = z.infer<typeof eventSupportSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type EventsFile = z.infer<typeof eventsFileSchema>;

/** A passage an id was given for, as the registry keeps it: enough to find it again in a changed text. */
export const registrySourceSchema = z.object({
  articleId: z.string().min(1),
  /** The article's file (relative to the articles folder), to say which file a passage was lost from. */
  file: z.string(),
  selector: passageSelectorSchema,
});

export const idStatusSchema = z.enum(["live", "renamed", "merged", "split", "gone"]);

/**
 * Every event id ever published and what it is now (pipeline/registry). `live`: an event of
 * events.json has it. `renamed`, `merged`, `split`: it leads to `successors` (which may themselves
 * have moved on since: follow them). `gone`: nothing reports it any more; `reason` says why.
 * The last known headline, date and passages are kept so the id can be explained and matched again.
 */
export const registryEntrySchema = z.object({
  status: idStatusSchema,
  successors: z.array(eventIdSchema).min(1).optional(),
  /** Why it is not live, in words. */
  reason: z.string().optional(),
  title: z.string(),
  /** TIMEX3 value of its date, or null. */
  date: z.string().nullable(),
  type: eventTypeSchema,
  actors: z.array(z.string()),
  sources: z.array(registrySourceSchema),
  /** Passages it once had that can no longer be found in their article (orphans). */
  lost: z.array(registrySourceSchema.extend({ reason: z.string() })).optional(),
});

export const idRegistrySchema = z.object({
  schemaVersion: z.literal(1),
  ids: z.record(eventIdSchema, registryEntrySchema),
});

export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;
export type PassageSelector = z.infer<typeof passageSelectorSchema>;
export type RegistrySource = z.infer<typeof registrySourceSchema>;
export type IdStatus = z.infer<typeof idStatusSchema>;
export type RegistryEntry = z.infer<typeof registryEntrySchema>;
export type IdRegistry = z.infer<typeof idRegistrySchema>;

/** One temporal expression as `npm run dates` prints it (CONTRACT.md). */
export const timexSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  type: z.enum(["DATE", "TIME", "DURATION", "SET"]),
  value: z.string(),
});
export type Timex = z.infer<typeof timexSchema>;
