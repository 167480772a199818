/**
 * The base-path test's server (playwright.config.ts starts it for the `base-path` project): builds
 * the site of ./site.ts when it is missing or older than the app's own build, then serves it.
 *
 *   tsx e2e/base-path/server.ts <port>     build if stale, then `next start` on <port>
 *   tsx e2e/base-path/server.ts --static <port>   export it if stale, then serve the export under
 *       /timeline as a static host does (scripts/serve-static.mjs --base)
 *   tsx e2e/base-path/server.ts --build    build now, and stop
 *
 * As e2e/hostile/server.ts does: the real extract command (with the config, so its errors would
 * stop here), then the build of `npm run build` (scripts/site-build.ts) into .base-path/next/
 * (NEXT_DIST_DIR) with that events.json (EVENTS_FILE) and config (TIMELINE_CONFIG).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildSite, extract, isSiteStale, portArg, serveExport, startSite, stopWith, type Site } from "../../scripts/site-build";
import { CONFIG, CONFIG_FILE, DIST_DIR, EVENTS_FILE, EVENT_PAGES, EXPORT_APP, GENERATED_DIR, ROOT } from "./site";

// Absolute paths: the export is built from a copy of the app in another folder.
const SITE: Site = { distDir: DIST_DIR, env: { EVENTS_FILE: path.resolve(EVENTS_FILE), TIMELINE_CONFIG: path.resolve(CONFIG_FILE), TIMELINE_INLINE_EVENTS: "0", TIMELINE_EVENT_PAGES: String(EVENT_PAGES) } };
const INPUTS = ["site.ts", "server.ts"].map((f) => path.join("e2e", "base-path", f));

export function buildBasePathSite() {
  mkdirSync(ROOT, { recursive: true });
  writeFileSync(CONFIG_FILE, `${JSON.stringify(CONFIG, null, 2)}\n`);
  extract(SITE, ["--out", GENERATED_DIR, "--no-cache", "--quiet"]);
  buildSite(SITE);
}

const USAGE = "tsx e2e/base-path/server.ts <port> | --static <port> | --build";
const [arg, staticPort] = process.argv.slice(2);
if (arg === "--build") {
  buildBasePathSite();
} else {
  const isStatic = arg === "--static";
  const port = portArg(isStatic ? staticPort : arg, USAGE);
  if (isSiteStale(DIST_DIR, INPUTS)) buildBasePathSite();
  if (isStatic) serveExport(SITE, EXPORT_APP, port, "base-path static server", CONFIG.basePath);
  else stopWith(startSite(SITE, port, "inherit"), "base-path server");
}
