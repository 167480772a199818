#!/usr/bin/env node
/**
 * Measures what two builds of the same input vary (docs/determinism.md): runs `npm run export` twice
 * and `npm run build` twice, hashes every file of out/, .next/ (without its cache/), data/generated/
 * and data/id-registry.json after each, and lists the files that differ, first as they are and then
 * with the Next.js build id replaced by a placeholder (it is derived from the content since next.config.js's
 * generateBuildId; Next's own default is random per build).
 * Usage: node scripts/compare-builds.mjs   (about four builds' time; leaves a server build in .next/)
 */
import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log("Usage: node scripts/compare-builds.mjs\n\nBuilds the site four times (npm run export twice, npm run build twice) and lists the files that differ\nbetween two builds of the same input (docs/determinism.md). Takes no arguments; leaves a server build in .next/.");
  process.exit(0);
}

function snapshot(root, skip = []) {
  const files = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const rel = relative(root, path);
      if (skip.some((s) => rel === s || rel.startsWith(`${s}/`))) continue;
      if (statSync(path).isDirectory()) walk(path);
      else files.set(rel, readFileSync(path));
    }
  };
  if (existsSync(root)) walk(root);
  return files;
}

/** The build id: the folder name under _next/static/ (out/) or .next/BUILD_ID. */
function buildIdOf(files) {
  const id = files.get("BUILD_ID")?.toString().trim();
  if (id) return id;
  for (const path of files.keys()) {
    const m = /^_next\/static\/([^/]+)\/_buildManifest\.js$/.exec(path);
    if (m) return m[1];
  }
  return null;
}

function compare(label, a, b) {
  const hash = (buf) => createHash("sha256").update(buf).digest("hex");
  const differ = (x, y) => [...new Set([...x.keys(), ...y.keys()])].sort().filter((k) => !x.has(k) || !y.has(k) || hash(x.get(k)) !== hash(y.get(k)));
  const raw = differ(a, b);
  const [ida, idb] = [buildIdOf(a), buildIdOf(b)];
  const normal = (files, id) => new Map([...files].map(([k, v]) => [id ? k.replaceAll(id, "BUILD_ID") : k, id ? Buffer.from(v.toString("latin1").replaceAll(id, "BUILD_ID"), "latin1") : v]));
  const normalised = ida && idb ? differ(normal(a, ida), normal(b, idb)) : raw;
  console.log(`\n${label}: ${a.size} and ${b.size} files; ${raw.length} differ${ida ? `; build ids ${ida} / ${idb}` : ""}`);
  if (ida && idb) console.log(`  with the build id replaced: ${normalised.length} differ${normalised.length ? ":" : ""}`);
  for (const k of normalised) console.log(`    ${k}`);
}

const run = (command) => execSync(command, { stdio: ["ignore", "ignore", "inherit"] });
const data = () => new Map([...snapshot("data/generated")].map(([k, v]) => [`data/generated/${k}`, v]).concat(existsSync("data/id-registry.json") ? [["data/id-registry.json", readFileSync("data/id-registry.json")]] : []));

const exports = [];
for (let i = 0; i < 2; i++) {
  run("npm run export");
  exports.push({ out: snapshot("out"), data: data() });
}
const builds = [];
for (let i = 0; i < 2; i++) {
  run("npm run build");
  builds.push({ next: snapshot(".next", ["cache"]), data: data() });
}
compare("data files after two exports", exports[0].data, exports[1].data);
compare("data files after two builds", builds[0].data, builds[1].data);
compare("out/ (static export)", exports[0].out, exports[1].out);
compare(".next/ without cache/ (server build)", builds[0].next, builds[1].next);
