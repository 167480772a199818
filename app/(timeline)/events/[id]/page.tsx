/**
 * The shareable address of one event. Pre-rendered for every event id up to TIMELINE_EVENT_PAGES
 * (unknown ids are a 404, also in the static export), with link-preview metadata. Past that limit
 * the other events' addresses are answered by the app shell, `/events/_/` (lib/event-pages.ts):
 * proxy.ts rewrites them to it under `next start`, static hosts by the rule the export writes. The shared layout draws the timeline
 * focused on this event; this page is its panel, in the HTML for readers without JavaScript.
 *
 * Ids given out once that no event has any more (data/id-registry.json, pipeline/registry) are
 * pre-rendered too, so old links keep working: a renamed or merged id answers `next start` with a
 * permanent redirect (308) to its event; the static export, which cannot send status codes, gets a
 * page that moves on with a meta refresh and links there. A split id lists its events; a gone id
 * says why (a 200 page with noindex: a static host cannot answer 410 Gone).
 */
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getCounts, getEventView, getPrerenderedEventIds, getRetiredEventIds, resolveEventId } from "@/lib/data";
import { SHELL_ID } from "@/lib/event-pages";
import { EventShellLoader } from "@/components/EventShellLoader";
import { describeEvent, panelView } from "@/lib/view";
import { eventPath } from "@/lib/passages";
import { SITE_TITLE } from "@/lib/site-settings";
import { EventPanel } from "@/components/EventPanel";
import { RetiredEvent } from "@/components/RetiredEvent";
import { eventPreviewImage } from "@/lib/og-meta";
import { metaText } from "@/lib/meta-text";

export const dynamicParams = false;

// Set by `npm run export` (next.config.js): the build that becomes plain files.
const STATIC_EXPORT = process.env.NEXT_OUTPUT === "export";

export function generateStaticParams(): { id: string }[] {
  // Every event up to TIMELINE_EVENT_PAGES (lib/event-pages.ts), every id given out once, and the
  // app shell that answers for the other events' addresses when there are any.
  const prerendered = getPrerenderedEventIds();
  const shell = prerendered.length < getCounts().events ? [SHELL_ID] : [];
  return [...prerendered, ...getRetiredEventIds(), ...shell].map((id) => ({ id }));
}

type Props = { params: Promise<{ id: string }> };

const RETIRED_TITLES = { moved: "Event moved", split: "Event split", gone: "Event no longer in the timeline" } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  // The shell answers many addresses: no title of its own, and nothing for search engines to keep.
  if (id === SHELL_ID) return { title: "Event", robots: { index: false } };
  const view = getEventView(id);
  if (!view) {
    const resolution = resolveEventId(id);
    if (!resolution || resolution.kind === "live") return { title: "Event not found" };
    return {
      title: RETIRED_TITLES[resolution.kind],
      robots: { index: false },
      ...(resolution.kind === "moved" ? { alternates: { canonical: eventPath(resolution.to) } } : {}),
    };
  }
  const title = metaText(view.event.title);
  const description = metaText(describeEvent(view));
  // The event's card, drawn at build time by ./og.png/route.ts.
  const images = [eventPreviewImage(view)];
  return {
    title,
    description,
    openGraph: { title, description, type: "article", url: eventPath(id), siteName: SITE_TITLE, images },
    twitter: { card: "summary_large_image", title, description, images },
  };
}

export default async function EventPage({ params }: Props) {
  const { id } = await params;
  if (id === SHELL_ID) return <EventShellLoader />;
  const view = getEventView(id);
  if (view) return <EventPanel view={panelView(view)} />;
  const resolution = resolveEventId(id);
  if (!resolution || resolution.kind === "live") notFound();
  if (resolution.kind === "moved" && !STATIC_EXPORT) permanentRedirect(eventPath(resolution.to));
  const successors = (resolution.kind === "moved" ? [resolution.to] : resolution.kind === "split" ? resolution.to : []).map((to) => {
    const successor = getEventView(to)!;
    return { id: to, title: successor.event.title, dateShort: successor.dateShort };
  });
  return <RetiredEvent resolution={resolution} successors={successors} refreshTo={resolution.kind === "moved" ? eventPath(resolution.to) : null} />;
}
