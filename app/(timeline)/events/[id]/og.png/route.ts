/**
 * The link-preview image of one event (its page's og:image and twitter:image): headline, date,
 * type, actors and sources. Made at build time for every event that has a page (lib/event-pages.ts),
 * so the static export holds it as a plain .png file.
 */
import { getEventView, getPrerenderedEventIds } from "@/lib/data";
import { buildEventCard } from "@/lib/og-card";
import { cardAssets } from "@/lib/og-assets";
import { eventCardResponse } from "@/lib/og-images";

// Static in both builds; a static export only writes route handlers marked so.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { id: string }[] {
  return getPrerenderedEventIds().map((id) => ({ id }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const view = getEventView(id);
  if (!view) return new Response("No such event", { status: 404 });
  const assets = cardAssets();
  return eventCardResponse(buildEventCard(view, assets.colors, assets.canDraw), assets);
}
