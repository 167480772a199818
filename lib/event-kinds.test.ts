import { expect, it } from "vitest";
import { EVENT_STATUS_LIST, EVENT_TYPE_LIST } from "@/lib/event-kinds";
import { EVENT_TYPES, eventStatusSchema } from "@/lib/schema";

it("lists exactly the schema's event types and statuses, in its order", () => {
  expect(EVENT_TYPE_LIST).toEqual(EVENT_TYPES);
  expect(EVENT_STATUS_LIST).toEqual(eventStatusSchema.options);
});
