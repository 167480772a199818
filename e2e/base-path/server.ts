/**
 * The base-path test's server (playwright.config.ts starts it for the `base-path` project): builds
 * the site of ./site.ts when it is missing or older than the app's own build, then serves it.
 *
 *   tsx e2e/base-path/server.ts <port>     build if stale, then `next start` on <port>
 *   tsx e2e/base-path/server.ts --build    build now, and stop
 *
 * As e2e/hostile/server.ts does: the real extract command (with the config, so its errors would
 * stop here), then the build of `npm run build` (scripts/site-build.ts) into .base-path/next/
 * (NEXT_DIST_DIR) with that events.json (EVENTS_FILE) and config (TIMELINE_CONFIG).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildSite, extract, isSiteStale, startSite, stopWith, type Site } from "../../scripts/site-build";
import { CONFIG, CONFIG_FILE, DIST_DIR, EVENTS_FILE, EVENT_PAGES, GENERATED_DIR, ROOT } from "./site";

const SITE: Site = { distDir: DIST_DIR, env: { EVENTS_FILE, TIMELINE_CONFIG: CONFIG_FILE, TIMELINE_INLINE_EVENTS: "0", TIMELINE_EVENT_PAGES: String(EVENT_PAGES) } };

export function buildBasePathSite() {
  mkdirSync(ROOT, { recursive: true });
  writeFileSync(CONFIG_FILE, `${JSON.stringify(CONFIG, null, 2)}\n`);
  extract(SITE, ["--out", GENERATED_DIR, "--no-cache", "--quiet"]);
  buildSite(SITE);
}

const [arg] = process.argv.slice(2);
if (arg === "--build") {
  buildBasePathSite();
} else {
  const port = Number(arg);
  if (!Number.isInteger(port) || port <= 0) throw new Error("usage: tsx e2e/base-path/server.ts <port> | --build");
  if (isSiteStale(DIST_DIR, ["site.ts", "server.ts"].map((f) => path.join("e2e", "base-path", f)))) buildBasePathSite();
  stopWith(startSite(SITE, port, "inherit"), "base-path server");
}
