/**
 * The four export formats, by name: what each file is called, its media type, and the function that
 * writes it. Shared by the extract command (files next to events.json), the site's whole-collection
 * files (/data/exports/) and the timeline page's Download control (the events in view).
 */
import { eventsCsv } from "./csv";
import { eventsIcs } from "./ics";
import { ploverJsonl } from "./plover";
import { timelineJsJson } from "./timelinejs";
import type { ExportInput } from "./types";

export type ExportFormat = "csv" | "ics" | "timelinejs" | "plover";

export interface ExportFormatInfo {
  file: string;
  mime: string;
  build: (input: ExportInput) => string;
}

export const EXPORT_FORMATS: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  csv: { file: "events.csv", mime: "text/csv; charset=utf-8", build: eventsCsv },
  ics: { file: "events.ics", mime: "text/calendar; charset=utf-8", build: eventsIcs },
  timelinejs: { file: "timelinejs.json", mime: "application/json; charset=utf-8", build: timelineJsJson },
  plover: { file: "plover.jsonl", mime: "application/jsonl; charset=utf-8", build: ploverJsonl },
};

export const EXPORT_FORMAT_LIST = Object.keys(EXPORT_FORMATS) as ExportFormat[];

export type { ExportArticle, ExportInput } from "./types";
