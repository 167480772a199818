/**
 * A small events file for the exporters' tests: two articles, events at every precision, an undated
 * one, a statement, and headlines and passages with the characters each format must escape.
 * Passages are real slices of the articles (offsets checked by the tests, as validation would).
 */
import type { Article, EventsFile, Precision, TimelineEvent } from "@/lib/schema";
import { exportInputOf } from "./files";
import type { ExportInput } from "./types";

const TEXT_A =
  "Washington — Blinken spoke with his counterpart, and the two agreed to meet again. " +
  "In 2014, Moscow annexed Crimea.\nOfficials said \"talks, again\" were planned for next week; nothing more. " +
  "Ünïcödé envoys 😀 met in Genève in December.";
const TEXT_B = "Kyiv — The ministers met on Monday. They will meet again in the first quarter.";

export const ARTICLES: Article[] = [
  { id: "a1", file: "a1.md", title: "Talks, \"again\" — a report", source: "wire.example", url: "https://news.example/a1?x=1&y=2", published: "2022-01-05", publishedBasis: "metadata", text: TEXT_A },
  { id: "a2", file: "a2.md", title: "Ministers meet", source: null, url: null, published: "2022-01-03", publishedBasis: "text", text: TEXT_B },
];

function source(article: Article, quote: string) {
  const start = article.text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: "${quote}" is not in ${article.id}`);
  return { articleId: article.id, start, end: start + quote.length, quote };
}

function dated(value: string, start: string, end: string, precision: Precision): TimelineEvent["date"] {
  return { value, start, end, precision, expression: null, basis: "explicit" };
}

const base = { status: "occurred" as const, location: null, confidence: 0.8, mode: null };
const [A, B] = ARTICLES as [Article, Article];

export const EVENTS: TimelineEvent[] = [
  {
    ...base, id: "2014-crimea", title: "Moscow annexed Crimea", type: "COERCE", status: "background",
    date: dated("2014", "2014-01-01", "2014-12-31", "year"),
    actors: [{ name: "Russia", kind: "country", country: "RUS", part: "source" }, { name: "Ukraine", kind: "country", country: "UKR", part: "target" }],
    sources: [source(A, "In 2014, Moscow annexed Crimea.")],
  },
  {
    ...base, id: "2021-12-envoys", title: "Envoys met in Genève", type: "CONSULT", location: "Genève",
    date: dated("2021-12", "2021-12-01", "2021-12-31", "month"),
    actors: [{ name: "Envoy 😀", kind: "person", country: null, role: "Envoy" }],
    sources: [source(A, "Ünïcödé envoys 😀 met in Genève in December.")],
  },
  {
    ...base, id: "2021-w52-talks", title: "Talks, \"again\";\nplanned", type: "AGREE",
    date: dated("2021-W52", "2021-12-27", "2022-01-02", "week"),
    actors: [],
    sources: [source(A, "Officials said \"talks, again\" were planned for next week; nothing more.")],
  },
  {
    ...base, id: "2022-01-03-ministers-met", title: "Ministers met", type: "CONSULT", mode: "visit",
    date: { ...dated("2022-01-03", "2022-01-03", "2022-01-03", "day")!, expression: "Monday", basis: "relative" },
    actors: [
      { name: "Antony Blinken", kind: "person", country: "USA", role: "Secretary of State" },
      { name: "Dmytro Kuleba", kind: "person", country: "UKR", role: "Foreign Minister" },
      { name: "Ukraine", kind: "country", country: "UKR" },
    ],
    sources: [
      { ...source(B, "The ministers met on Monday."), marks: [{ start: TEXT_B.indexOf("met on"), end: TEXT_B.indexOf("met on") + 3, kind: "trigger" }] },
      source(A, "Blinken spoke with his counterpart, and the two agreed to meet again."),
    ],
  },
  {
    ...base, id: "2022-q1-meeting", title: "=HYPERLINK(\"x\") <b>meeting</b>", type: "CONSULT", status: "scheduled",
    date: dated("2022-Q1", "2022-01-01", "2022-03-31", "quarter"),
    actors: [{ name: "Ministers", kind: "group", country: null, part: "source" }],
    sources: [source(B, "They will meet again in the first quarter.")],
  },
  {
    ...base, id: "2022-01-05-statement", title: "Officials commented", type: "STATEMENT",
    date: dated("2022-01-05", "2022-01-05", "2022-01-05", "day"),
    actors: [],
    sources: [source(A, "Officials said")],
  },
  {
    ...base, id: "undated-agreement", title: "The two agreed to meet", type: "AGREE", date: null,
    actors: [],
    sources: [source(A, "the two agreed to meet again.")],
  },
];

export const FILE: EventsFile = { schemaVersion: 1, articles: ARTICLES, events: EVENTS };

export const input = (url: string | null = "https://timeline.example.org", title = "Diplomatic Timeline"): ExportInput => exportInputOf(FILE, { url, title });

export const eventById = (id: string) => {
  const event = EVENTS.find((e) => e.id === id);
  if (!event) throw new Error(`fixture: no event ${id}`);
  return event;
};
