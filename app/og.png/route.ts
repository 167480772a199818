/**
 * The site's link-preview image (og:image of `/` and of pages without their own): counts, the
 * span of the dated events and the mix of event types. Made at build time.
 */
import { getCounts, getTimelineEntries } from "@/lib/data";
import { buildSiteCard } from "@/lib/og-card";
import { cardAssets } from "@/lib/og-assets";
import { siteCardResponse } from "@/lib/og-images";

export const dynamic = "force-static";

export function GET() {
  const assets = cardAssets();
  return siteCardResponse(buildSiteCard(getTimelineEntries(), getCounts().articles, assets.colors), assets);
}
