/** Class names tying an event type to its colour (defined once, in app/globals.css). */
import type { EventType } from "@/lib/schema";

export function typeClass(type: EventType): string {
  return `type-${type.toLowerCase()}`;
}
