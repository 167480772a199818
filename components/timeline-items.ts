/**
 * What the chart draws, built as DOM nodes (never HTML strings from articles; vis's own XSS
 * filter stays on too): items with their type's icon and colour, and lane labels.
 */
import type { DataGroup, DataItem } from "vis-timeline/esnext";
import type { EventDate } from "@/lib/schema";
import type { TimelineEntry } from "@/lib/view";
import type { Lane, LaneLayout } from "@/lib/lanes";
import { typeClass } from "@/lib/event-style";
import { plural } from "@/lib/format";
import { FALLBACK_ICON, ICON_SVG_ATTRIBUTES, TYPE_ICONS } from "@/lib/type-icons";

export type Dated = TimelineEntry & { date: Pick<EventDate, "start" | "end" | "precision"> };
/** An event's item (eventId names it), or a bucket of a big corpus's chart (eventId "", see timeline-window.ts). */
export type Item = Omit<DataItem, "content"> & { id: string; content: HTMLElement; eventId: string; bucket?: { start: string; end: string } };
export type Group = Omit<DataGroup, "content"> & { id: string; content: HTMLElement };

/** Local midnight, so the axis labels show the same day the data says (no UTC shift). */
export function localDay(iso: string, plusDays = 0): Date {
  const [y = 1970, m = 1, d = 1] = iso.split("-").map(Number);
  return new Date(y, m - 1, d + plusDays);
}

const SVG = "http://www.w3.org/2000/svg";

function iconElement(type: TimelineEntry["type"]): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  for (const [name, value] of Object.entries(ICON_SVG_ATTRIBUTES)) svg.setAttribute(name, String(value));
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("class", "type-icon tl-icon");
  for (const [tag, attrs] of TYPE_ICONS[type] ?? FALLBACK_ICON) {
    const child = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs)) if (value !== undefined) child.setAttribute(name, String(value));
    svg.append(child);
  }
  return svg;
}

function contentOf(event: Dated): HTMLElement {
  const content = document.createElement("span");
  content.className = "tl-content";
  const title = document.createElement("span");
  title.textContent = event.title;
  content.append(iconElement(event.type), title);
  content.title = `${event.dateShort ?? ""} · ${event.title}`;
  return content;
}

/** The id of an event's copy in one lane (an event involving two countries is drawn in both). */
export const laneItemId = (eventId: string, lane: string) => `${eventId}\u241F${lane}`;

/**
 * One item per event, or per event and lane. Day events are points; a week, month, quarter or
 * year is drawn as the span it covers (end inclusive), so a month never pretends to be a day.
 */
export function buildItems(events: readonly Dated[], layout: LaneLayout | null): Item[] {
  return events.flatMap((event) => {
    const className = ["tl-item", typeClass(event.type), event.status === "scheduled" ? "tl-scheduled" : ""].join(" ").trim();
    const when =
      event.date.precision === "day"
        ? { start: localDay(event.date.start), type: "box" as const }
        : { start: localDay(event.date.start), end: localDay(event.date.end, 1), type: "range" as const };
    const lanes = layout?.laneIds.get(event.id);
    if (!lanes) return [{ id: event.id, eventId: event.id, content: contentOf(event), className, ...when }];
    return lanes.map((lane) => ({ id: laneItemId(event.id, lane), eventId: event.id, group: lane, content: contentOf(event), className, ...when }));
  });
}

export function buildGroups(lanes: readonly Lane[]): Group[] {
  return lanes.map((lane, order) => {
    const content = document.createElement("span");
    content.className = "tl-lane";
    content.textContent = lane.label;
    const count = document.createElement("span");
    count.className = "tl-lane-count";
    count.textContent = ` ${lane.count}`;
    count.title = plural(lane.count, "event");
    content.append(count);
    return { id: lane.id, content, order };
  });
}
