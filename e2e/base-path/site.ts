/**
 * The base-path test's own site (./server.ts builds it, ./base-path.spec.ts visits it): the seed
 * articles with a timeline.config.json that serves the site under /timeline, names it and sets a
 * default view. Built as a big corpus's site is (the timeline file, the app shell), so every address
 * the app builds by hand is used. Everything lives in .base-path/: .next/ and data/ stay untouched.
 */
import path from "node:path";

export const ROOT = ".base-path";
export const CONFIG_FILE = path.join(ROOT, "timeline.config.json");
export const GENERATED_DIR = path.join(ROOT, "generated");
export const EVENTS_FILE = path.join(GENERATED_DIR, "events.json");
/** Relative to the project, as next.config.js takes it (NEXT_DIST_DIR). */
export const DIST_DIR = path.join(ROOT, "next");
/** Its static export (`base-path-static` project): built from a copy of the app (scripts/site-build.ts exportSite). */
export const EXPORT_APP = path.join(ROOT, "export-app");
/** Two events get a page of their own: the others are answered by the app shell. */
export const EVENT_PAGES = 2;

export const CONFIG = {
  title: "Crisis Desk",
  description: "Calls and warnings around Ukraine, in the words of the articles.",
  basePath: "/timeline",
  defaults: { lanes: "country" },
} as const;
