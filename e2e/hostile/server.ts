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
 * CLI), add the hand-made events, then `next build` into .hostile/next/ (NEXT_DIST_DIR) with that
 * events.json (EVENTS_FILE), so .next/ and data/generated/ are never touched. Compile hints are
 * skipped: they only tune load speed.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { eventsFileSchema } from "../../lib/schema";
import { ARTICLE_PAGES, ARTICLES_DIR, DIST_DIR, EVENTS_FILE, EVENT_PAGES, EXPORT_APP, EXPORT_OUT, GENERATED_DIR, addHandmade, hostileFiles } from "./dataset";

// Built as a big corpus's site is: TIMELINE_INLINE_EVENTS=0, its entries come from /data/timeline.json;
// TIMELINE_EVENT_PAGES and TIMELINE_ARTICLE_PAGES, some events and articles are shown by the app shells.
// The payloads go through all of it.
const env = {
  ...process.env,
  NEXT_DIST_DIR: DIST_DIR,
  EVENTS_FILE,
  NEXT_TELEMETRY_DISABLED: "1",
  TIMELINE_INLINE_EVENTS: "0",
  TIMELINE_EVENT_PAGES: String(EVENT_PAGES),
  TIMELINE_ARTICLE_PAGES: String(ARTICLE_PAGES),
};
// Next's own CLI run by this Node, not through npx: stopping this script then stops the server itself.
const NEXT = [path.join("node_modules", "next", "dist", "bin", "next")];
const BUILD_ID = path.join(DIST_DIR, "BUILD_ID");

function run(command: string, args: string[], runEnv: NodeJS.ProcessEnv = env) {
  const result = spawnSync(command, args, { env: runEnv, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
}

const modified = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : 0);

/** Stale when missing, or older than the app's last build or than this dataset's code. */
function isStale(): boolean {
  // The script hashes come last: a build that stopped before them is no build.
  const built = Math.min(modified(BUILD_ID), modified(path.join(DIST_DIR, "csp-hashes.json")));
  const inputs = [".next/BUILD_ID", "scripts/security-headers.mjs", ...["payloads.ts", "dataset.ts", "server.ts"].map((f) => path.join("e2e", "hostile", f))];
  return built === 0 || inputs.some((f) => modified(f) > built);
}

function writeDataset() {
  rmSync(ARTICLES_DIR, { recursive: true, force: true });
  rmSync(GENERATED_DIR, { recursive: true, force: true });
  for (const [name, content] of hostileFiles()) {
    const file = path.join(ARTICLES_DIR, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  run(process.execPath, ["--import", "tsx", "pipeline/cli/extract.ts", "--in", ARTICLES_DIR, "--out", GENERATED_DIR, "--no-cache", "--quiet"]);
  const extracted = eventsFileSchema.parse(JSON.parse(readFileSync(EVENTS_FILE, "utf8")));
  writeFileSync(EVENTS_FILE, JSON.stringify(eventsFileSchema.parse(addHandmade(extracted)), null, 2));
}

/**
 * `next build` with another distDir points tsconfig.json and next-env.d.ts at that folder's
 * types; put both back, so the project's own typecheck keeps seeing .next/ only.
 */
function nextBuild() {
  const kept = ["tsconfig.json", "next-env.d.ts"].filter(existsSync).map((f) => [f, readFileSync(f, "utf8")] as const);
  try {
    run(process.execPath, [...NEXT, "build"]);
    // As `npm run build` does: the pages' script hashes, without which proxy.ts's policy allows no inline script.
    run(process.execPath, ["scripts/security-headers.mjs", "server"]);
  } finally {
    for (const [file, content] of kept) if (readFileSync(file, "utf8") !== content) writeFileSync(file, content);
  }
}

export function buildHostileSite() {
  writeDataset();
  nextBuild();
}

/**
 * The static export of the hostile site, from the data the server build used. An export's build
 * writes its artifacts to <project>/.next whatever its distDir (next.config.js), which would
 * overwrite the app's own server build while `next start` serves it: so the export is built from a
 * copy of the app's source in EXPORT_APP (the packages resolve from the project's node_modules
 * above it), and lands in EXPORT_OUT. Then the pages get their Content-Security-Policy and the host
 * files (_headers, _redirects), as `npm run export` does.
 */
function exportHostileSite() {
  rmSync(EXPORT_APP, { recursive: true, force: true });
  mkdirSync(EXPORT_APP, { recursive: true });
  for (const entry of ["app", "components", "lib", "public", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package.json"]) {
    cpSync(entry, path.join(EXPORT_APP, entry), { recursive: true });
  }
  // NEXT_DIST_DIR names the export's folder inside the project copy (and skips a second type check).
  run(process.execPath, [...NEXT, "build", EXPORT_APP], { ...env, NEXT_OUTPUT: "export", NEXT_DIST_DIR: path.relative(EXPORT_APP, EXPORT_OUT) });
  run(process.execPath, ["scripts/security-headers.mjs", "export", EXPORT_OUT]);
}

/** Stale when missing, or older than the hostile server build (which follows the app and the dataset). */
const isExportStale = () => {
  const built = Math.min(modified(path.join(EXPORT_OUT, "index.html")), modified(path.join(EXPORT_OUT, "_headers")));
  return built === 0 || [BUILD_ID, "scripts/security-headers.mjs"].some((f) => modified(f) > built);
};

function serveStatic(port: number) {
  if (isStale()) buildHostileSite();
  if (isExportStale()) exportHostileSite();
  const server = spawn(process.execPath, ["scripts/serve-static.mjs", EXPORT_OUT, String(port)], { stdio: "inherit" });
  stopWith(server);
}

function stopWith(server: ReturnType<typeof spawn>) {
  const stop = () => server.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  server.on("exit", (code, signal) => {
    if (signal) console.error(`hostile server: ${path.basename(String(server.spawnargs[1]))} stopped by ${signal}`);
    process.exit(code ?? 1);
  });
}

const [arg, staticPort] = process.argv.slice(2);
if (arg === "--build") {
  buildHostileSite();
} else if (arg === "--static") {
  const port = Number(staticPort);
  if (!Number.isInteger(port) || port <= 0) throw new Error("usage: tsx e2e/hostile/server.ts --static <port>");
  serveStatic(port);
} else {
  const port = Number(arg);
  if (!Number.isInteger(port) || port <= 0) throw new Error("usage: tsx e2e/hostile/server.ts <port> | --build");
  if (isStale()) buildHostileSite();
  stopWith(spawn(process.execPath, [...NEXT, "start", "-p", String(port)], { env, stdio: "inherit" }));
}
