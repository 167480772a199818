// @ts-check
/**
 * One config for both ways the site ships:
 * - `npm start` / `npm run build`: a Next.js server build in .next/
 * - `npm run export` (NEXT_OUTPUT=export): a static site in out/ for any static host.
 * `trailingSlash` makes /events/<id>/ an index.html that every static host serves.
 *
 * No custom distDir for the export: in Next 16 a custom distDir with `output: 'export'` only
 * renames the export's destination (instead of out/), while the build artifacts still go to
 * .next/ either way. So the default gives out/ directly, with nothing to copy afterwards.
 * Note the export build rewrites .next/: run `npm run build` after it before `next start`.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { CSP_HASHES_FILE, SECURITY_HEADERS } from "./lib/security-headers.js";
import { loadSiteConfig, publicSiteConfig, SiteConfigError } from "./lib/site-config.js";

/**
 * timeline.config.json (docs/configuration.md), validated; a mistake stops here with its file,
 * line and column, as `npm run extract` says it.
 */
function readSiteConfig() {
  try {
    return loadSiteConfig();
  } catch (error) {
    if (!(error instanceof SiteConfigError)) throw error;
    console.error(`${error.message}\nnext.config.js: the site configuration has problems (docs/configuration.md)`);
    process.exit(1);
  }
}
const site = readSiteConfig();
// What the pages use of it (title, description, base path, default view), inlined into their code.
const publicSite = publicSiteConfig(site.config);

/**
 * The build id from what the site is made of (docs/determinism.md): Next.js's default is random,
 * which made two builds of the same input differ in every page. A hash of the app's code, its
 * packages and its data keeps the same input byte-identical and still gives a new id after any
 * change (which is what tells open tabs to fetch fresh pages).
 */
function contentBuildId() {
  const hash = createHash("sha256");
  const add = (file) => {
    let stats;
    try {
      stats = statSync(file);
    } catch {
      return; // an optional input (e.g. no registry yet)
    }
    if (stats.isDirectory()) for (const name of readdirSync(file).sort()) add(path.join(file, name));
    else hash.update(file).update("\0").update(readFileSync(file));
  };
  const data = process.env.EVENTS_FILE ? path.resolve(process.env.EVENTS_FILE) : "data/generated/events.json";
  // The registry the app reads (lib/id-registry-file.ts): $ID_REGISTRY_FILE, data/ for data/generated/,
  // else beside the events file. Hashing every candidate is simpler than repeating that rule here.
  const registries = [process.env.ID_REGISTRY_FILE, "data/id-registry.json", path.join(path.dirname(data), "id-registry.json")];
  for (const input of ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "package-lock.json", data, ...new Set(registries.filter(Boolean))]) add(input);
  // The site's config changes pages (title, base path, default view); no config adds nothing, as before.
  if (site.file) hash.update("timeline.config.json").update("\0").update(JSON.stringify(publicSite));
  hash.update(process.env.NEXT_OUTPUT ?? "server");
  return hash.digest("base64url").slice(0, 21);
}

const isExport = process.env.NEXT_OUTPUT === "export";
// `next dev` (it sets NODE_ENV before reading this file).
const isDev = process.env.NODE_ENV === "development";

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: isExport ? "export" : undefined,
  // A second server build of the same, already type-checked app over other data (the hostile-input
  // test, e2e/hostile/server.ts): in its own folder, so .next/ stays the real build; no second type check.
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR, typescript: { ignoreBuildErrors: true } } : {}),
  // Served under a sub-path of its host (timeline.config.json `basePath`): Next adds it to its links;
  // lib/base-path.ts adds it to the addresses the app builds by hand.
  ...(publicSite.basePath ? { basePath: publicSite.basePath } : {}),
  // `npm run dev` only: files named *.dev.ts are routes too (app/data/dev-version/route.dev.ts, which
  // tells an open page that events.json changed); no build has them.
  ...(isDev ? { pageExtensions: ["dev.ts", "tsx", "ts", "jsx", "js"] } : {}),
  trailingSlash: true,
  generateBuildId: async () => contentBuildId(),
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // Security headers (docs/security.md). A static export cannot send headers: its hosts get them
  // from out/_headers or their own config, so the export declares none (and Next.js warns of none).
  // The Content-Security-Policy is sent by proxy.ts: it lists each page's own script hashes.
  headers: isExport ? undefined : async () => [{ source: "/:path*", headers: [...SECURITY_HEADERS] }],
};
// Where `npm run build` (scripts/security-headers.mjs) writes the pages' script hashes for proxy.ts,
// inlined into the proxy at build time, relative to the folder `next start` runs in.
nextConfig.env = { ...nextConfig.env, CSP_HASHES_PATH: path.join(nextConfig.distDir ?? ".next", CSP_HASHES_FILE) };
// The site settings for lib/site-settings.ts, on the server and in the browser alike.
nextConfig.env.TIMELINE_SITE = JSON.stringify(publicSite);

export default nextConfig;
