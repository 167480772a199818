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
import { EXPORT_FILES, type ExportFile, type ExportFormat } from "./formats";

export { EXPORT_FORMAT_LIST, type ExportFormat } from "./formats";

export interface ExportFormatInfo extends ExportFile {
  build: (input: ExportInput) => string;
}

export const EXPORT_FORMATS: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  csv: { ...EXPORT_FILES.csv, build: eventsCsv },
  ics: { ...EXPORT_FILES.ics, build: eventsIcs },
  timelinejs: { ...EXPORT_FILES.timelinejs, build: timelineJsJson },
  plover: { ...EXPORT_FILES.plover, build: ploverJsonl },
};

export type { ExportArticle, ExportInput } from "./types";
