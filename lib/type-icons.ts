/**
 * One icon per event type, so types read without relying on colour alone (the legend pairs
 * each icon with its colour and name). Shapes come from Lucide (ISC licence), imported one by
 * one so only these 17 reach the browser. Cooperative types get open, connecting shapes;
 * conflictual ones warning and force shapes.
 */
import {
  Ban,
  CircleX,
  Flag,
  HandFist,
  HandHeart,
  HandHelping,
  Handshake,
  Link,
  LogOut,
  Megaphone,
  MessageSquareWarning,
  MessagesSquare,
  ShieldBan,
  Swords,
  ThumbsUp,
  TriangleAlert,
  Truck,
  Undo2,
} from "lucide";
import type { EventType } from "@/lib/schema";

/** Lucide's shape data: SVG child elements with their attributes, drawn in a 24×24 box. */
export type IconNode = ReadonlyArray<readonly [tag: string, attrs: Readonly<Record<string, string | number | undefined>>]>;

export const TYPE_ICONS: Readonly<Record<EventType, IconNode>> = {
  AGREE: Handshake,
  CONSULT: MessagesSquare,
  SUPPORT: ThumbsUp,
  CONCEDE: Undo2,
  COOPERATE: Link,
  AID: HandHeart,
  RETREAT: LogOut,
  REQUEST: HandHelping,
  STATEMENT: Megaphone,
  ACCUSE: MessageSquareWarning,
  REJECT: CircleX,
  THREATEN: TriangleAlert,
  PROTEST: Flag,
  SANCTION: ShieldBan,
  MOBILIZE: Truck,
  COERCE: HandFist,
  ASSAULT: Swords,
};

/** A shape used for no type, for anything unexpected in the data. */
export const FALLBACK_ICON: IconNode = Ban;

/** The attributes every icon's <svg> shares (Lucide's stroke style). */
export const ICON_SVG_ATTRIBUTES = {
  viewBox: "0 0 24 24",
  fill: "none",
  stroke: "currentColor",
  "stroke-width": 2,
  "stroke-linecap": "round",
  "stroke-linejoin": "round",
} as const;
