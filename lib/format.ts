/**
 * Plain-text formatting shared by server pages and client components.
 * Dates are formatted by hand (not Intl) so the server and the browser print exactly the
 * same string: a difference would break hydration of the pre-rendered pages.
 */
import type { Article, EventDate, EventStatus, Precision } from "@/lib/schema";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

interface Day { year: number; month: number; day: number }

function parseDay(iso: string): Day {
  const [year = 0, month = 1, day = 1] = iso.split("-").map(Number);
  return { year, month, day };
}

function monthName(month: number, short = false): string {
  const name = MONTHS[month - 1] ?? "?";
  return short ? name.slice(0, 3) : name;
}

/** "3 January 2022" (or "3 Jan 2022" when short). */
export function formatDay(iso: string, short = false): string {
  const d = parseDay(iso);
  return `${d.day} ${monthName(d.month, short)} ${d.year}`;
}

/** "10–16 January 2022", "27 December 2021 – 2 January 2022". */
function formatSpan(startIso: string, endIso: string): string {
  const a = parseDay(startIso);
  const b = parseDay(endIso);
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${monthName(b.month)} ${b.year}`;
  if (a.year === b.year) return `${a.day} ${monthName(a.month)} – ${b.day} ${monthName(b.month)} ${b.year}`;
  return `${formatDay(startIso)} – ${formatDay(endIso)}`;
}

/** The date as a reader would say it, at the precision the text gave. */
export function formatEventDate(date: Pick<EventDate, "start" | "end" | "precision">): string {
  const start = parseDay(date.start);
  switch (date.precision) {
    case "day":
      return formatDay(date.start);
    case "week":
      return `Week of ${formatSpan(date.start, date.end)}`;
    case "month":
      return `${monthName(start.month)} ${start.year}`;
    case "quarter":
      return `Q${Math.floor((start.month - 1) / 3) + 1} ${start.year}`;
    case "year":
      return String(start.year);
  }
}

/** Short label for lists and the timeline tooltip. */
export function formatEventDateShort(date: Pick<EventDate, "start" | "end" | "precision">): string {
  if (date.precision === "day") return formatDay(date.start, true);
  if (date.precision === "week") return `Week of ${formatDay(date.start, true)}`;
  return formatEventDate(date);
}

export const PRECISION_LABELS: Record<Precision, string> = {
  day: "exact day",
  week: "week",
  month: "month",
  quarter: "quarter",
  year: "year",
};

export const STATUS_LABELS: Record<EventStatus, string> = {
  occurred: "Occurred",
  scheduled: "Scheduled",
  ongoing: "Ongoing",
  background: "Background",
};

export const BASIS_LABELS: Record<EventDate["basis"], string> = {
  explicit: "explicit date in the text",
  relative: "relative expression resolved against a reference day",
  publication: "article's publication date",
  inferred: "inferred",
};

export const PUBLISHED_BASIS_LABELS: Record<NonNullable<Article["publishedBasis"]>, string> = {
  metadata: "from the article's metadata",
  text: "read from the article text",
  inferred: "inferred",
};

/**
 * "1234567" → "1,234,567". Not toLocaleString: its first call sets up ICU number formatting,
 * 40–80 ms on a phone-speed CPU, blocking the page's first interaction for a comma.
 */
export function groupDigits(n: number): string {
  const [whole = "", fraction] = String(Math.abs(n)).split(".");
  let grouped = "";
  for (let end = whole.length; end > 0; end -= 3) grouped = whole.slice(Math.max(0, end - 3), end) + (grouped ? `,${grouped}` : "");
  return `${n < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

/** "1 event", "2 events", "1,234 articles": a count with its noun (regular plurals only). */
export function plural(n: number, word: string): string {
  return `${groupDigits(n)} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * Order of UTF-16 code units: the same on every machine and locale, and free. The first
 * localeCompare sets up ICU collation, 50–150 ms on a phone-speed CPU; these sorts are
 * tie-breaks and name lists, where a stable order matters more than dictionary order.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "CONSULT" → "Consult". */
export function typeLabel(type: string): string {
  return type.charAt(0) + type.slice(1).toLowerCase();
}

/**
 * One sentence saying where a date came from, e.g. "“last Thursday” in an article of 3 Jan 2022".
 * Built only from what the data says: when a piece is missing it is left out, never guessed.
 */
export function explainDate(date: EventDate, article: Pick<Article, "title" | "published"> | null): string {
  const reference = date.reference ?? article?.published ?? null;
  const inArticle = reference ? ` in an article of ${formatDay(reference, true)}` : article ? ` in “${article.title}”` : "";
  const quoted = date.expression ? `“${date.expression}”` : null;
  switch (date.basis) {
    case "explicit":
    case "relative":
      return quoted ? `${quoted}${inArticle}` : `Dated${inArticle}`;
    case "publication":
      return reference
        ? `No date in the passage: the article's publication date, ${formatDay(reference, true)}`
        : "No date in the passage: the article's publication date";
    case "inferred":
      // The article's own date was inferred from other articles (see its page for the evidence).
      return reference
        ? `${quoted ?? "Dated"} in an article whose date, ${formatDay(reference, true)}, was inferred from other articles`
        : `Inferred${quoted ? ` from ${quoted}` : ""}`;
  }
}

/** A TIMEX3 date value for people: "2022-01-21" → "21 January 2022", "2022-01" → "January 2022"; else as is. */
export function formatTimexValue(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value);
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return `${monthName(Number(month[2]))} ${month[1]}`;
  return value;
}

/** "30 December 2021", "December 2021", "week 52 of 2021", "2014": a TIMEX value said in words, weeks too. */
export function timexInWords(value: string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  return week ? `week ${Number(week[2])} of ${week[1]}` : formatTimexValue(value);
}
