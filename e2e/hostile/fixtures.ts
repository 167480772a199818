/**
 * What the hostile site's specs share: a `test` whose every page carries the trap (./trap.ts) and
 * fails the test if anything sprang it, the site's events file, and which of its events and
 * articles have a prerendered page (the others are shown by the app shells).
 */
import { readFileSync } from "node:fs";
import { test as base, expect } from "@playwright/test";
import { eventsFileSchema, type EventsFile } from "../../lib/schema";
import { EVENTS_FILE } from "./dataset";
import { prerendered } from "./pages";
import { installTrap, type Trap } from "./trap";

/** Article URLs that may become links all point here (see dataset.ts). */
export const LINK_HOSTS = ["example.org"];

export const test = base.extend<{ trap: Trap }>({
  trap: async ({ page }, run) => {
    const trap = await installTrap(page);
    await run(trap);
    expect(trap.sprung, "after the test").toEqual([]);
  },
});

let loaded: EventsFile | undefined;
/** Read when a test runs, not when the file is listed: the server builds the data first. */
export const data = (): EventsFile => (loaded ??= eventsFileSchema.parse(JSON.parse(readFileSync(EVENTS_FILE, "utf8"))));

let pages: ReturnType<typeof prerendered> | undefined;
/** The events and articles with a prerendered page (server.ts builds with TIMELINE_EVENT_PAGES, TIMELINE_ARTICLE_PAGES). */
export const withPage = () => (pages ??= prerendered(data()));
