/**
 * The og:image / twitter:image entries for the pages' metadata (server only: reads the data).
 * Relative URLs: the root layout's metadataBase makes them absolute.
 */
import { getCounts, getTimelineEntries } from "@/lib/data";
import { CARD_SIZE, SITE_IMAGE_PATH, buildSiteCard, eventCardAlt, eventImagePath } from "@/lib/og-card";
import type { EventView } from "@/lib/view";
import { metaText } from "@/lib/meta-text";

export interface PreviewImage {
  url: string;
  width: number;
  height: number;
  alt: string;
  type: "image/png";
}

export function eventPreviewImage(view: EventView): PreviewImage {
  return { url: eventImagePath(view.event.id), ...CARD_SIZE, alt: metaText(eventCardAlt(view)), type: "image/png" };
}

let siteImage: PreviewImage | null = null;

/** The same for every page: made once per process (it reads every entry, and a build renders thousands of pages). */
export function sitePreviewImage(): PreviewImage {
  siteImage ??= { url: SITE_IMAGE_PATH, ...CARD_SIZE, alt: metaText(buildSiteCard(getTimelineEntries(), getCounts().articles, {}).alt), type: "image/png" };
  return siteImage;
}
