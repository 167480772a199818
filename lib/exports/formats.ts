/**
 * The export formats' names and files, without their writers: what the timeline page's Download
 * control needs to show its choices and link the whole collection's files, so importing it does not
 * pull the exporters into the page's first script (they load when a file is asked for).
 */
import type { EventType } from "../schema";

export type ExportFormat = "csv" | "ics" | "timelinejs" | "plover";

export interface ExportFile {
  file: string;
  mime: string;
}

export const EXPORT_FILES: Readonly<Record<ExportFormat, ExportFile>> = {
  csv: { file: "events.csv", mime: "text/csv; charset=utf-8" },
  ics: { file: "events.ics", mime: "text/calendar; charset=utf-8" },
  timelinejs: { file: "timelinejs.json", mime: "application/json; charset=utf-8" },
  plover: { file: "plover.jsonl", mime: "application/jsonl; charset=utf-8" },
};

export const EXPORT_FORMAT_LIST = Object.keys(EXPORT_FILES) as ExportFormat[];

/** Our event types as PLOVER categories: the identity on PLOVER's sixteen, nothing for STATEMENT (lib/exports/plover.ts). */
export const PLOVER_EVENT: Readonly<Record<EventType, string | null>> = {
  AGREE: "AGREE", CONSULT: "CONSULT", SUPPORT: "SUPPORT", CONCEDE: "CONCEDE",
  COOPERATE: "COOPERATE", AID: "AID", RETREAT: "RETREAT", REQUEST: "REQUEST",
  ACCUSE: "ACCUSE", REJECT: "REJECT", THREATEN: "THREATEN", PROTEST: "PROTEST",
  SANCTION: "SANCTION", MOBILIZE: "MOBILIZE", COERCE: "COERCE", ASSAULT: "ASSAULT",
  STATEMENT: null,
};

/** Whether plover.jsonl has a record for an event: dated, of a type PLOVER codes. */
export function inPlover<E extends { date: unknown; type: EventType }>(event: E): event is E & { date: NonNullable<E["date"]> } {
  return Boolean(event.date) && PLOVER_EVENT[event.type] !== null;
}

/**
 * Up to this many events, the whole collection's files are served as they are; past it, gzipped
 * (events.csv.gz...): at 100,000 events the four plain files weigh about 320 MB, gzipped about 60 MB,
 * and a download of that size is better compressed anyway.
 */
export const PLAIN_WHOLE_EXPORTS_UP_TO = 10_000;

/** The name the site serves a whole-collection file under, for a collection of `total` events. */
export function wholeExportName(file: string, total: number): string {
  return total > PLAIN_WHOLE_EXPORTS_UP_TO ? `${file}.gz` : file;
}
