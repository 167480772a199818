#!/usr/bin/env node
/**
 * Initial JavaScript of a page, gzip: the scripts its HTML loads before any interaction
 * (<script src> tags, modulepreload links), fetched from a running server and gzipped here.
 * Usage: node bench/initial-js.mjs [URL]   (default http://localhost:3000/)
 */
import { gzipSync } from "node:zlib";

const pageUrl = new URL(process.argv[2] ?? "http://localhost:3000/");
const html = await (await fetch(pageUrl)).text();
const sources = new Set();
for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"[^>]*>/g)) if (!/\bnomodule\b/i.test(m[0])) sources.add(m[1]);
for (const m of html.matchAll(/<link[^>]*rel="(?:modulepreload|preload)"[^>]*as="script"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]*as="script"/g)) sources.add(m[1] ?? m[2]);

let raw = 0;
let gzip = 0;
const rows = [];
for (const src of sources) {
  const body = Buffer.from(await (await fetch(new URL(src, pageUrl))).arrayBuffer());
  const zipped = gzipSync(body, { level: 9 }).length;
  raw += body.length;
  gzip += zipped;
  rows.push([src, body.length, zipped]);
}
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
const inlineGzip = gzipSync(Buffer.from(inline), { level: 9 }).length;
for (const [src, size, zipped] of rows.sort((a, b) => b[2] - a[2])) console.log(`${(zipped / 1024).toFixed(1).padStart(7)} KB gz  ${(size / 1024).toFixed(1).padStart(7)} KB  ${src}`);
console.log(`initial JS of ${pageUrl.pathname}: ${rows.length} scripts, ${(gzip / 1024).toFixed(1)} KB gzip (${(raw / 1024).toFixed(1)} KB raw), plus ${(inlineGzip / 1024).toFixed(1)} KB gzip inline`);
