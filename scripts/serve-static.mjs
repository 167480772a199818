#!/usr/bin/env node
/**
 * A tiny, dependency-free static file server for the static export, behaving like a plain
 * static host: `dir/index.html` for a directory, the 200 rewrites of `_redirects` where no file answers,
 * `404.html` with status 404 for anything missing,
 * and the headers of the export's `_headers` file (as Netlify and Cloudflare Pages apply it), so
 * the browser tests see the headers the export ships.
 * Usage: node scripts/serve-static.mjs [DIR=out] [PORT=3101] [--base /PATH]
 * With --base, the site is served under that sub-path (as built with timeline.config.json's `basePath`),
 * as a host serving DIR at /PATH/ does; the rules of `_headers` and `_redirects` name full paths.
 */
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The rules of a `_headers` file: a path pattern on its own line (`*` matches anything,
 * `:name` one segment), then its indented `Name: value` lines; `#` starts a comment.
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/:[A-Za-z]\w*/g, "[^/]+");
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(":");
    if (!rules.length || colon < 0) throw new Error(`_headers: a header line outside a rule or without a colon: ${line.trim()}`);
    rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Every matching rule's headers; a header set by several rules gets their values joined by ", ", as the hosts do. */
export function headersFor(rules, urlPath) {
  const headers = {};
  for (const rule of rules) {
    if (!rule.pattern.test(urlPath)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] ? `${headers[key]}, ${value}` : value;
    }
  }
  return headers;
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
};

async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The file to answer with, or null. Never leaves `root`, whatever the request says. */
async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.join(root, path.normalize(decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  if (await isFile(file)) return file;
  const index = path.join(file, "index.html");
  if (await isFile(index)) return index;
  return null;
}

/**
 * The 200 rewrites of root/_redirects, as Netlify reads them: `/events/*  /events/_/  200` answers any
 * address under /events/ that no file answers with /events/_/ (the export's app shell).
 */
export function parseRedirects(text) {
  return text
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter(([from, to, status]) => from?.startsWith("/") && to && status === "200")
    .map(([from, to]) => ({ prefix: from.endsWith("*") ? from.slice(0, -1) : null, from, to }));
}

async function rewriteOf(root, urlPath) {
  let rules;
  try {
    rules = parseRedirects(await readFile(path.join(root, "_redirects"), "utf8"));
  } catch (error) {
    if (error?.code === "ENOENT") return null;
    throw error;
  }
  const rule = rules.find((r) => (r.prefix !== null ? urlPath.startsWith(r.prefix) : urlPath === r.from));
  return rule ? rule.to : null;
}

/** The rules of root/_headers, read on each request (like the files, so a new export needs no restart). */
async function headerRules(root) {
  try {
    return parseHeadersFile(await readFile(path.join(root, "_headers"), "utf8"));
  } catch (error) {
    if (error?.code === "ENOENT") return [];
    throw error;
  }
}

const USAGE = `Usage: node scripts/serve-static.mjs [DIR=out] [PORT=3101] [--base /PATH]

Serves the static export in DIR as a plain static host would: DIR/index.html for a folder, the 200
rewrites of DIR/_redirects, the headers of DIR/_headers, and 404.html for anything missing.
  --base /PATH  serve it under that sub-path, as built with timeline.config.json's basePath`;

/** The path inside the site for a request path under `base` ("/timeline/x" → "/x"); null outside it. */
export function insideBase(urlPath, base) {
  if (!base) return urlPath;
  if (urlPath === base) return "/";
  return urlPath.startsWith(`${base}/`) ? urlPath.slice(base.length) : null;
}

function serve(root, port, base = "") {
  const server = createServer(async (req, res) => {
    const urlPath = new URL(req.url ?? "/", "http://localhost").pathname;
    const sitePath = insideBase(urlPath, base);
    // The hosts read _headers and never serve it.
    const hidden = sitePath === null || sitePath === "/_headers" || sitePath === "/_redirects";
    let file = hidden ? null : await resolveFile(root, sitePath);
    // Like the hosts, a rewrite only answers where no file does.
    if (!file && !hidden) {
      const to = insideBase((await rewriteOf(root, urlPath)) ?? "", base);
      if (to) file = await resolveFile(root, to);
    }
    const status = file ? 200 : 404;
    const body = file ? await readFile(file) : await readFile(path.join(root, "404.html")).catch(() => Buffer.from(`Not found: ${urlPath}\n(${root} has no 404.html; run \`npm run export\`)\n`));
    const type = file ? (TYPES[path.extname(file)] ?? "application/octet-stream") : "text/html; charset=utf-8";
    res.writeHead(status, { ...headersFor(await headerRules(root), urlPath), "content-type": type, "content-length": body.length });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  server.listen(port, () => console.log(`Serving ${root} on http://localhost:${port}`));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) && (process.argv.includes("--help") || process.argv.includes("-h"))) {
  console.log(USAGE);
} else if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--base");
  const base = at >= 0 ? (args.splice(at, 2)[1] ?? "").replace(/\/+$/, "") : "";
  serve(path.resolve(args[0] ?? "out"), Number(args[1] ?? process.env.PORT ?? 3101), base);
}
