/**
 * The event types and statuses as plain lists, for browser code. lib/schema.ts defines them
 * with zod, and importing it from a client component would ship all of zod (~38 KB gzip) to
 * every page. lib/event-kinds.test.ts keeps these lists identical to the schema's.
 */
import type { EventStatus, EventType } from "@/lib/schema";

export const EVENT_TYPE_LIST: readonly EventType[] = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "STATEMENT",
];

export const EVENT_STATUS_LIST: readonly EventStatus[] = ["occurred", "scheduled", "ongoing", "background"];
