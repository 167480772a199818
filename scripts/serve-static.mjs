#!/usr/bin/env node
/**
 * A tiny, dependency-free static file server for the static export, behaving like a plain
 * static host: `dir/index.html` for a directory, `404.html` with status 404 for anything missing.
 * Usage: node scripts/serve-static.mjs [DIR=out] [PORT=3101]
 */
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

const root = path.resolve(process.argv[2] ?? "out");
const port = Number(process.argv[3] ?? process.env.PORT ?? 3101);

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
async function resolveFile(urlPath) {
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

const server = createServer(async (req, res) => {
  const urlPath = new URL(req.url ?? "/", "http://localhost").pathname;
  const file = await resolveFile(urlPath);
  const status = file ? 200 : 404;
  const body = file ? await readFile(file) : await readFile(path.join(root, "404.html")).catch(() => Buffer.from(`Not found: ${urlPath}\n(${root} has no 404.html; run \`npm run export\`)\n`));
  const type = file ? (TYPES[path.extname(file)] ?? "application/octet-stream") : "text/html; charset=utf-8";
  res.writeHead(status, { "content-type": type, "content-length": body.length });
  res.end(req.method === "HEAD" ? undefined : body);
});

server.listen(port, () => console.log(`Serving ${root} on http://localhost:${port}`));
