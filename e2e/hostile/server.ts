/**
 * The hostile-input test's servers (playwright.config.ts starts them for the `hostile` and
 * `hostile-static` projects): builds the hostile site when it is missing or older than the app's
 * own build, then serves it.
 *
 *   tsx e2e/hostile/server.ts <port>            build if stale, then `next start` on <port>
 *   tsx e2e/hostile/server.ts --build           build now, and stop
 *   tsx e2e/hostile/server.ts --static <port>   export the built site's data as a static site if
 *       stale, then serve it as a static host does (scripts/serve-static.mjs) on <port>
 *
 * Building: write the articles of ./dataset.ts, run the real pipeline on them (`npm run extract`'s
 * CLI), add the hand-made events, then build as `npm run build` does (scripts/site-build.ts) into
 * .hostile/next/ (NEXT_DIST_DIR) with that events.json (EVENTS_FILE), so .next/ and data/generated/
 * are never touched.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { eventsFileSchema } from "../../lib/schema";
import { buildSite, extract, isSiteStale, portArg, serveExport, startSite, stopWith, type Site } from "../../scripts/site-build";
import { ARTICLE_PAGES, ARTICLES_DIR, DIST_DIR, EVENTS_FILE, EVENT_PAGES, EXPORT_APP, GENERATED_DIR, addHandmade, hostileFiles } from "./dataset";

// Built as a big corpus's site is: TIMELINE_INLINE_EVENTS=0, its entries come from /data/timeline.json;
// TIMELINE_EVENT_PAGES and TIMELINE_ARTICLE_PAGES, some events and articles are shown by the app shells.
// The payloads go through all of it.
const SITE: Site = {
  distDir: DIST_DIR,
  env: { EVENTS_FILE, TIMELINE_INLINE_EVENTS: "0", TIMELINE_EVENT_PAGES: String(EVENT_PAGES), TIMELINE_ARTICLE_PAGES: String(ARTICLE_PAGES) },
};
const NAME = "hostile server";

/** Stale when missing, or older than the app's last build, the build's code or this dataset's code. */
const isHostileStale = () => isSiteStale(DIST_DIR, ["payloads.ts", "dataset.ts", "server.ts"].map((f) => path.join("e2e", "hostile", f)));

function writeDataset() {
  rmSync(ARTICLES_DIR, { recursive: true, force: true });
  rmSync(GENERATED_DIR, { recursive: true, force: true });
  for (const [name, content] of hostileFiles()) {
    const file = path.join(ARTICLES_DIR, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  extract(SITE, ["--in", ARTICLES_DIR, "--out", GENERATED_DIR, "--no-cache", "--quiet"]);
  const extracted = eventsFileSchema.parse(JSON.parse(readFileSync(EVENTS_FILE, "utf8")));
  writeFileSync(EVENTS_FILE, JSON.stringify(eventsFileSchema.parse(addHandmade(extracted)), null, 2));
}

export function buildHostileSite() {
  writeDataset();
  buildSite(SITE);
}

const USAGE = "tsx e2e/hostile/server.ts <port> | --static <port> | --build";
const [arg, staticPort] = process.argv.slice(2);
if (arg === "--build") {
  buildHostileSite();
} else {
  const isStatic = arg === "--static";
  const port = portArg(isStatic ? staticPort : arg, USAGE);
  if (isHostileStale()) buildHostileSite();
  // The static export of the hostile site, from the data the server build used, as `npm run export` makes it.
  if (isStatic) serveExport(SITE, EXPORT_APP, port, NAME);
  else stopWith(startSite(SITE, port, "inherit"), NAME);
}
