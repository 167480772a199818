import { parseDay } from "../util/calendar";

export interface ReferenceChoice {
  /** The day relative expressions are resolved against, YYYY-MM-DD, or null when none is known. */
  reference: string | null;
  basis: "published" | "dateline" | null;
  /** True when a dateline day was given and differs from the publication day (by any amount). */
  datelineDisagrees: boolean;
}

/** The YYYY-MM-DD day of "2022-01-03" or "2022-01-03T23:10:00Z" (its calendar day as written), or null. */
function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const day = value.trim().slice(0, 10);
  return parseDay(day) === null ? null : day;
}

/**
 * Which day a story's "yesterday" and "Monday" count from.
 * - The publication date wins. Wire services date a dateline in the place of the event and
 *   stamp publication in their own time zone, so a dateline one day off the publication date
 *   is a time-zone artefact and does not move the reference; a dateline further off is more
 *   likely a stale or re-filed dateline than a wrong publication date, so it does not either.
 * - With no publication date, the dateline's day is the reference when it is fully known
 *   (year, month and day); a dateline like "PARIS, Jan 3" without a year is not used.
 * - With neither, there is no reference and relative expressions stay underspecified.
 */
export function chooseReference(input: { published?: string | null; datelineDate?: string | null }): ReferenceChoice {
  const published = dayOf(input.published);
  const dateline = dayOf(input.datelineDate);
  if (published) return { reference: published, basis: "published", datelineDisagrees: dateline !== null && dateline !== published };
  if (dateline) return { reference: dateline, basis: "dateline", datelineDisagrees: false };
  return { reference: null, basis: null, datelineDisagrees: false };
}
