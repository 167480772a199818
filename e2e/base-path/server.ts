/**
 * The base-path test's server (playwright.config.ts starts it for the `base-path` project): builds
 * the site of ./site.ts when it is missing or older than the app's own build, then serves it.
 *
 *   tsx e2e/base-path/server.ts <port>     build if stale, then `next start` on <port>
 *   tsx e2e/base-path/server.ts --build    build now, and stop
 *
 * As e2e/hostile/server.ts does: the real extract command (with the config, so its errors would
 * stop here), then `next build` into .base-path/next/ (NEXT_DIST_DIR) with that events.json
 * (EVENTS_FILE) and config (TIMELINE_CONFIG), and the pages' script hashes.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CONFIG, CONFIG_FILE, DIST_DIR, EVENTS_FILE, EVENT_PAGES, GENERATED_DIR, ROOT } from "./site";

const env = { ...process.env, NEXT_DIST_DIR: DIST_DIR, EVENTS_FILE, TIMELINE_CONFIG: CONFIG_FILE, NEXT_TELEMETRY_DISABLED: "1", TIMELINE_INLINE_EVENTS: "0", TIMELINE_EVENT_PAGES: String(EVENT_PAGES) };
// Next's own CLI run by this Node, not through npx: stopping this script then stops the server itself.
const NEXT = [path.join("node_modules", "next", "dist", "bin", "next")];

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { env, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
}

const modified = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : 0);

function isStale(): boolean {
  const built = Math.min(modified(path.join(DIST_DIR, "BUILD_ID")), modified(path.join(DIST_DIR, "csp-hashes.json")));
  const inputs = [".next/BUILD_ID", "scripts/security-headers.mjs", ...["site.ts", "server.ts"].map((f) => path.join("e2e", "base-path", f))];
  return built === 0 || inputs.some((f) => modified(f) > built);
}

export function buildBasePathSite() {
  mkdirSync(ROOT, { recursive: true });
  writeFileSync(CONFIG_FILE, `${JSON.stringify(CONFIG, null, 2)}\n`);
  run(process.execPath, ["--import", "tsx", "pipeline/cli/extract.ts", "--out", GENERATED_DIR, "--no-cache", "--quiet"]);
  // `next build` with another distDir points tsconfig.json and next-env.d.ts at it: put both back.
  const kept = ["tsconfig.json", "next-env.d.ts"].filter(existsSync).map((f) => [f, readFileSync(f, "utf8")] as const);
  try {
    run(process.execPath, [...NEXT, "build"]);
    run(process.execPath, ["scripts/security-headers.mjs", "server"]);
  } finally {
    for (const [file, content] of kept) if (readFileSync(file, "utf8") !== content) writeFileSync(file, content);
  }
}

const [arg] = process.argv.slice(2);
if (arg === "--build") {
  buildBasePathSite();
} else {
  const port = Number(arg);
  if (!Number.isInteger(port) || port <= 0) throw new Error("usage: tsx e2e/base-path/server.ts <port> | --build");
  if (isStale()) buildBasePathSite();
  const server = spawn(process.execPath, [...NEXT, "start", "-p", String(port)], { env, stdio: "inherit" });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  server.on("exit", (code, signal) => {
    if (signal) console.error(`base-path server: next start stopped by ${signal}`);
    process.exit(code ?? 1);
  });
}
