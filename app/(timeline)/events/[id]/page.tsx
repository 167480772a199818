/**
 * The shareable address of one event. Pre-rendered for every event id (unknown ids are a 404,
 * also in the static export), with link-preview metadata. The shared layout draws the timeline
 * focused on this event; this page is its panel, in the HTML for readers without JavaScript.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getEventView, getTimelineEntries } from "@/lib/data";
import { describeEvent } from "@/lib/view";
import { eventPath } from "@/lib/passages";
import { EventPanel } from "@/components/EventPanel";
import { eventPreviewImage } from "@/lib/og-meta";
import { metaText } from "@/lib/meta-text";

export const dynamicParams = false;

export function generateStaticParams(): { id: string }[] {
  return getTimelineEntries().map((e) => ({ id: e.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const view = getEventView(id);
  if (!view) return { title: "Event not found" };
  const title = metaText(view.event.title);
  const description = metaText(describeEvent(view));
  // The event's card, drawn at build time by ./og.png/route.ts.
  const images = [eventPreviewImage(view)];
  return {
    title,
    description,
    openGraph: { title, description, type: "article", url: eventPath(id), siteName: "Diplomatic Timeline", images },
    twitter: { card: "summary_large_image", title, description, images },
  };
}

export default async function EventPage({ params }: Props) {
  const { id } = await params;
  const view = getEventView(id);
  if (!view) notFound();
  return <EventPanel view={view} />;
}
