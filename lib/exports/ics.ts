/**
 * events.ics: one all-day VEVENT per dated event (RFC 5545), for calendar applications.
 * - DTSTART;VALUE=DATE is the first day of the event's date and DTEND the day after its last
 *   (DTEND is exclusive), so a day is one day, "the week of 27 December" seven, "December 2021" the
 *   whole month, "2014" the whole year: the event spans what its precision says, no more.
 * - UID is the event id (stable across rebuilds, pipeline/registry), so a re-imported file updates
 *   the events a calendar already has instead of doubling them.
 * - DTSTAMP must be a UTC date-time. The clock would make every build differ, so it is the day the
 *   newest of the event's articles was published (the day the information is from), else the event's
 *   own first day.
 * - Text values are escaped (backslash, semicolon, comma, line breaks), and lines longer than 75
 *   octets are folded (CRLF and a space) between whole UTF-8 characters; every line ends with CRLF.
 */
import { formatEventDate } from "../format";
import { addDaysToIsoDay } from "../iso-day";
import { eventPageUrl, type ExportEvent, type ExportInput } from "./types";

const CRLF = "\r\n";
const MAX_OCTETS = 75;
const PRODID = "-//Diplomatic Timeline//Events export//EN";
/** The right-hand side of every UID: ids are unique within the timeline, this makes them unique beyond it. */
export const UID_DOMAIN = "diplomatic-timeline";

/** RFC 5545 3.3.11 TEXT: backslash, semicolon and comma escaped, line breaks as `\n`, other control characters dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * A content line folded to at most 75 octets per physical line (RFC 5545 3.1): continuation lines start
 * with one space, which counts. Splits only between code points, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

const basicDate = (isoDay: string) => isoDay.replace(/-/g, "");

/** The newest publication day among the event's articles, else its own first day, as a UTC midnight. */
function stampOf(event: ExportEvent & { date: NonNullable<ExportEvent["date"]> }, input: ExportInput): string {
  const published = event.sources.flatMap((s) => input.articles.get(s.articleId)?.published ?? []);
  const day = published.length ? published.reduce((a, b) => (b > a ? b : a)) : event.date.start;
  return `${basicDate(day)}T000000Z`;
}

/** The passages, each with the article it is from: what a calendar shows under the headline. */
function description(event: ExportEvent, input: ExportInput): string {
  const label = event.date ? formatEventDate(event.date) : "";
  const words = event.date?.expression;
  const date = words && words !== label ? `${label} (“${words}”)` : label;
  const passages = event.sources.map((source) => {
    const article = input.articles.get(source.articleId);
    const cite = article ? [article.title, article.source, article.published].filter(Boolean).join(", ") : source.articleId;
    return `“${source.quote}”\n— ${cite}`;
  });
  return [date, ...passages].filter(Boolean).join("\n\n");
}

function vevent(event: ExportEvent & { date: NonNullable<ExportEvent["date"]> }, input: ExportInput): string[] {
  const url = eventPageUrl(input.site.url, event.id);
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.id)}@${UID_DOMAIN}`,
    `DTSTAMP:${stampOf(event, input)}`,
    `DTSTART;VALUE=DATE:${basicDate(event.date.start)}`,
    `DTEND;VALUE=DATE:${basicDate(addDaysToIsoDay(event.date.end, 1))}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(description(event, input))}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `CATEGORIES:${escapeText(event.type)}`,
    // A planned meeting may not happen: calendars show TENTATIVE events as such.
    `STATUS:${event.status === "scheduled" ? "TENTATIVE" : "CONFIRMED"}`,
    // All-day records of what happened: they must not make anyone look busy.
    "TRANSP:TRANSPARENT",
    ...(url ? [`URL:${url}`] : []),
    "END:VEVENT",
  ];
}

const isDated = (event: ExportEvent): event is ExportEvent & { date: NonNullable<ExportEvent["date"]> } => event.date !== null;

export function eventsIcs(input: ExportInput): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(input.site.title)}`,
    ...input.events.filter(isDated).flatMap((event) => vevent(event, input)),
    "END:VCALENDAR",
  ];
  return lines.map((line) => foldLine(line) + CRLF).join("");
}
