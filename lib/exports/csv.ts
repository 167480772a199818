/**
 * events.csv: one row per event, for spreadsheets. Lists inside a cell: names (actors, countries,
 * article ids) are joined by "; ", the sources' long texts (titles, addresses, passages) by line
 * breaks, one line per source in the same order in every source column, with "–" where a source's
 * article has no such value (an empty first line would read as a formula start). Cells are written by
 * lib/csv.ts (RFC 4180, formula-looking text neutralised). The file starts with a UTF-8 byte order
 * mark: without it Excel reads UTF-8 as Windows-1252 and mangles every curly quote.
 */
import { toCsv, type CsvValue } from "../csv";
import { formatEventDate } from "../format";
import { eventPageUrl, type ExportEvent, type ExportInput } from "./types";

export const CSV_COLUMNS = [
  "id", "title", "date_start", "date_end", "date_precision", "date_value", "date_label", "date_expression", "date_basis",
  "status", "type", "mode", "actors", "actor_countries", "location", "confidence",
  "source_count", "source_article_ids", "source_titles", "source_urls", "source_published", "source_passages", "event_url",
] as const;

const BOM = "\ufeff";
/** One line per source: a line break inside a passage would shift the lines of every later source. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, " ");
const NONE = "–";
const lines = (values: Array<string | null | undefined>) => values.map((v) => (v ? oneLine(v) : NONE)).join("\n");

function row(event: ExportEvent, input: ExportInput): CsvValue[] {
  const { date } = event;
  const articles = event.sources.map((s) => input.articles.get(s.articleId));
  const cells: Record<(typeof CSV_COLUMNS)[number], CsvValue> = {
    id: event.id,
    title: event.title,
    date_start: date?.start,
    date_end: date?.end,
    date_precision: date?.precision,
    date_value: date?.value,
    date_label: date ? formatEventDate(date) : null,
    date_expression: date?.expression,
    date_basis: date?.basis,
    status: event.status,
    type: event.type,
    mode: event.mode,
    actors: event.actors.map((a) => a.name).join("; "),
    actor_countries: [...new Set(event.actors.flatMap((a) => (a.country ? [a.country] : [])))].join("; "),
    location: event.location,
    confidence: event.confidence,
    source_count: event.sources.length,
    source_article_ids: event.sources.map((s) => s.articleId).join("\n"),
    source_titles: lines(articles.map((a) => a?.title)),
    source_urls: lines(articles.map((a) => a?.url)),
    source_published: lines(articles.map((a) => a?.published)),
    source_passages: lines(event.sources.map((s) => s.quote)),
    event_url: eventPageUrl(input.site.url, event.id),
  };
  return CSV_COLUMNS.map((column) => cells[column]);
}

export function eventsCsv(input: ExportInput): string {
  return BOM + toCsv([[...CSV_COLUMNS], ...input.events.map((event) => row(event, input))]);
}
