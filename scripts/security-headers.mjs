#!/usr/bin/env node
/**
 * After `next build`: hashes every inline script of every prerendered page, so the
 * Content-Security-Policy can allow exactly those scripts and no other (docs/security.md).
 *
 *   node scripts/security-headers.mjs server   (npm run build)  writes <distDir>/csp-hashes.json,
 *       which proxy.ts reads to send each page's policy with `npm start` (and the ids the app
 *       shells answer for, so that it sends any other id to the 404 page).
 *   node scripts/security-headers.mjs export [dir]   (npm run export) puts each page's policy into a
 *       <meta http-equiv="Content-Security-Policy"> of its out/**.html (or dir/), and writes out/_headers
 *       (Netlify, Cloudflare Pages) with the host-wide headers and out/_redirects for the app shells.
 *   node scripts/security-headers.mjs print nginx|apache|caddy|vercel|netlify   the host-wide
 *       headers in that host's configuration syntax, as docs/security.md shows them.
 *
 * Why a meta policy for the export instead of one `_headers` rule per page: static hosts merge
 * every rule that matches a path (a page's rule and `/*` both), and two Content-Security-Policy
 * headers are two policies a script must both pass; unknown paths get 404.html under the `/*`
 * rule alone; and Cloudflare Pages takes at most 100 rules. A page's meta policy travels with the
 * page to any host, 404.html included. The header adds what a meta policy cannot carry.
 *
 * Same input, same output: running it again changes no byte.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { inlineScripts, metaContentSecurityPolicy, SECURITY_HEADERS, STATIC_HOST_CSP } from "../lib/security-headers.js";

/** `sha256-<base64>` of each inline script of the page, each once, in document order. */
export function scriptHashes(html) {
  const hashes = inlineScripts(html).map((text) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`);
  return [...new Set(hashes)];
}

/**
 * What the policy would block besides unlisted scripts: style attributes, <style> elements and
 * inline event handlers in the page's markup (script text is left out: it is data to HTML).
 * None exist today; this keeps it so, failing the build instead of a page silently losing them.
 */
export function blockedMarkup(html) {
  // Parsed, not pattern-matched: an attribute value may quote "onerror=" or "style=" as text
  // (an article about an attack), which is no handler.
  const { document } = parseHTML(html);
  const found = new Set();
  for (const element of document.querySelectorAll("*")) {
    if (element.localName === "style") found.add("<style> element");
    for (const { name } of element.attributes) {
      if (name === "style") found.add("style attribute");
      else if (/^on[a-z]+$/i.test(name)) found.add(`${name.toLowerCase()} handler`);
    }
  }
  return [...found].sort();
}

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;

/**
 * The page with its own policy as the first element after <meta charset> (a meta policy only
 * covers what comes after it; charset stays first). An earlier run's meta is replaced, and it
 * holds no script, so the hashes come out the same.
 */
export function withMetaPolicy(html) {
  const bare = html.replace(META, "");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy(scriptHashes(bare))}"/>`;
  const charset = /<meta charSet="utf-8"\/>/i.exec(bare) ?? /<head>/i.exec(bare);
  if (!charset) throw new Error("no <head> to put the Content-Security-Policy meta into");
  const at = charset.index + charset[0].length;
  return bare.slice(0, at) + meta + bare.slice(at);
}

/**
 * The `_headers` file (Netlify, Cloudflare Pages syntax) with the host-wide headers: for every path,
 * or under a base path (timeline.config.json `basePath`), only for the site's own.
 */
export function headersFile(basePath = "") {
  const lines = [
    "# Security headers for every path (docs/security.md). Made by scripts/security-headers.mjs",
    "# from lib/security-headers.js on `npm run export`: edit those, not this file.",
    "# Each page carries the rest of its Content-Security-Policy (its script hashes) in a <meta> tag.",
    `${basePath}/*`,
    ...hostHeaders().map(({ key, value }) => `  ${key}: ${value}`),
  ];
  return `${lines.join("\n")}\n`;
}

/** The host-wide headers, as name/value pairs: the static export's header policy first. */
function hostHeaders() {
  return [{ key: "Content-Security-Policy", value: STATIC_HOST_CSP }, ...SECURITY_HEADERS];
}

/**
 * The same headers in the configuration of other static hosts, as docs/security.md shows them
 * (a unit test keeps the two equal): `node scripts/security-headers.mjs print nginx`.
 */
export function hostConfig(host) {
  const headers = hostHeaders();
  switch (host) {
    case "nginx":
      return headers.map(({ key, value }) => `add_header ${key} "${value}" always;`).join("\n");
    case "apache":
      return headers.map(({ key, value }) => `Header always set ${key} "${value}"`).join("\n");
    case "caddy":
      return ["header {", ...headers.map(({ key, value }) => `\t${key} "${value}"`), "}"].join("\n");
    case "vercel":
      return JSON.stringify({ headers: [{ source: "/(.*)", headers }] }, null, 2);
    case "netlify":
      return headersFile().trimEnd();
    default:
      throw new Error(`no configuration for "${host}": nginx, apache, caddy, vercel or netlify`);
  }
}

function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".html"))
    .map((name) => name.split(path.sep).join("/"))
    .sort();
}

/** Pages Next.js prerenders but never serves to a reader of a static site (a failed server render). */
const isServerErrorPage = (name) => /(^|\/)_global-error(\.html|\/)/.test(name);

function checkMarkup(name, html) {
  const blocked = blockedMarkup(html);
  if (blocked.length) throw new Error(`${name} has ${blocked.join(", ")}, which the Content-Security-Policy blocks: see docs/security.md`);
}

/**
 * Adds each page's meta policy to the export in `outDir` and writes its `_headers` (and `_redirects`),
 * whose rules name the site's addresses: under `basePath` when it has one.
 */
export function secureExport(outDir, { basePath = "" } = {}) {
  let changed = 0;
  const files = htmlFiles(outDir).filter((name) => !isServerErrorPage(name));
  for (const name of files) {
    const file = path.join(outDir, name);
    const html = readFileSync(file, "utf8");
    checkMarkup(name, html);
    const secured = withMetaPolicy(html);
    if (secured !== html) {
      writeFileSync(file, secured);
      changed++;
    }
  }
  writeFileSync(path.join(outDir, "_headers"), headersFile(basePath));
  writeRedirects(outDir, basePath);
  return { pages: files.length, changed };
}

/**
 * Past TIMELINE_EVENT_PAGES (TIMELINE_ARTICLE_PAGES) the export has an app shell, events/_/ (articles/_/),
 * for the events (articles) without a page (lib/event-pages.ts, lib/article-pages.ts): `_redirects`
 * (Netlify, Cloudflare Pages syntax; a rule applies only where no file is) answers their addresses
 * with it. docs/scale.md gives the rules for other hosts.
 */
export const shellRewrite = (basePath = "", folder = "events") => `${basePath}/${folder}/*  ${basePath}/${folder}/_/  200`;
export const SHELL_REWRITE = shellRewrite();
export const ARTICLE_SHELL_REWRITE = shellRewrite("", "articles");

/** The rules for the shells this export has, one line each; none when every event and article has its page. */
export function redirectRules(outDir, basePath = "") {
  return ["events", "articles"].filter((folder) => existsSync(path.join(outDir, folder, "_", "index.html"))).map((folder) => shellRewrite(basePath, folder));
}

function writeRedirects(outDir, basePath) {
  const file = path.join(outDir, "_redirects");
  const rules = redirectRules(outDir, basePath);
  if (rules.length > 0) writeFileSync(file, `${rules.join("\n")}\n`);
  else rmSync(file, { force: true });
}

/**
 * URL path (no trailing slash, "/" for the home page) → the page's script hashes, from the
 * prerendered HTML in <distDir>/server/app (`events/<id>.html` is /events/<id>/). The 404 page
 * (`_not-found.html`) is what `next start` answers for any unknown path.
 */
export function serverHashes(distDir) {
  const appDir = path.join(distDir, "server", "app");
  const pages = {};
  let notFound = null;
  for (const name of htmlFiles(appDir)) {
    if (isServerErrorPage(name)) continue;
    const html = readFileSync(path.join(appDir, name), "utf8");
    checkMarkup(name, html);
    const route = name.replace(/\.html$/, "");
    if (route === "_not-found") notFound = scriptHashes(html);
    else pages[route === "index" ? "/" : `/${route}`] = scriptHashes(html);
  }
  if (!notFound) throw new Error(`${appDir} has no _not-found.html: is this a server build (npm run build)?`);
  const buildId = readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
  return { buildId, notFound, pages };
}

/**
 * The app-shell pages of a server build, by the folder whose addresses they answer ("_" is
 * lib/shell-pages.ts SHELL_ID; tests/security-headers.test.ts holds the two equal).
 */
export const SHELL_PAGES = { events: "/events/_", articles: "/articles/_" };

/** Parsed JSON of a build's static route body, gzipped (`.json.gz`: lib/gzip-response.ts) or not. */
function readBody(file) {
  const bytes = readFileSync(file);
  return JSON.parse((file.endsWith(".gz.body") ? gunzipSync(bytes) : bytes).toString("utf8"));
}

/**
 * The ids each app shell answers for: every event and article without a page of its own, from the
 * build's own data files (the event shards, server/app/data/events/<n>.json.gz, and the articles'
 * titles, server/app/data/articles.json). proxy.ts rewrites only these to the shells, so any other
 * address under /events/ or /articles/ gets the 404 page with status 404 from `npm start`, not a
 * shell that can only say "not found" with a 200. A folder without a shell is left out.
 */
export function shellIds(distDir, pages) {
  const dataDir = path.join(distDir, "server", "app", "data");
  const withoutPage = (folder, ids) => [...new Set(ids)].filter((id) => !(`/${folder}/${id}` in pages)).sort();
  const ids = {};
  if (SHELL_PAGES.events in pages) {
    const shardDir = path.join(dataDir, "events");
    const shards = existsSync(shardDir) ? readdirSync(shardDir).filter((name) => /^\d+\.json(\.gz)?\.body$/.test(name)) : [];
    // A shell with no shards would have every event address answered by the 404 page: say so instead.
    if (shards.length === 0) throw new Error(`${shardDir} holds no event shards, yet the build has the event shell ${SHELL_PAGES.events}`);
    ids.events = withoutPage("events", shards.flatMap((name) => readBody(path.join(shardDir, name)).map((event) => event.id)));
  }
  if (SHELL_PAGES.articles in pages) {
    const titles = path.join(dataDir, "articles.json.body");
    if (!existsSync(titles)) throw new Error(`${titles} is missing, yet the build has the article shell ${SHELL_PAGES.articles}`);
    ids.articles = withoutPage("articles", readBody(titles).map(([id]) => id));
  }
  return ids;
}

async function main(mode, host) {
  if (mode === "export") {
    // out/, or the folder an export with NEXT_DIST_DIR went to (next.config.js): `export <dir>`.
    const outDir = host ?? "out";
    if (!existsSync(outDir)) throw new Error(`no ${outDir}/ folder: run \`npm run export\``);
    // The site's base path (timeline.config.json), as the export was built with it.
    const { default: nextConfig } = await import("../next.config.js");
    const { pages, changed } = secureExport(outDir, { basePath: nextConfig.basePath ?? "" });
    console.log(`security headers: ${pages} page(s) in ${outDir}/ carry their CSP (${changed} updated), ${outDir}/_headers written`);
    return;
  }
  if (mode === "server") {
    const { default: nextConfig } = await import("../next.config.js");
    const target = nextConfig.env?.CSP_HASHES_PATH;
    if (!target) throw new Error("next.config.js sets no env.CSP_HASHES_PATH");
    const distDir = nextConfig.distDir ?? ".next";
    const hashes = serverHashes(distDir);
    const shells = shellIds(distDir, hashes.pages);
    writeFileSync(target, `${JSON.stringify({ ...hashes, shellIds: shells }, null, 1)}\n`);
    const answered = Object.entries(shells).map(([folder, ids]) => `, ${ids.length} ${folder} answered by their app shell`).join("");
    console.log(`security headers: script hashes of ${Object.keys(hashes.pages).length + 1} page(s)${answered} written to ${target}`);
    return;
  }
  if (mode === "print") {
    console.log(hostConfig(host));
    return;
  }
  throw new Error("usage: node scripts/security-headers.mjs server | export | print <host>");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv[2], process.argv[3]).catch((error) => {
    console.error(`security headers: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
