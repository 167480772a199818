/**
 * The live-reload test's server (playwright.config.ts starts it for the `dev` project):
 *
 *   node --import tsx e2e/dev/server.ts <port>
 *
 * A real `npm run dev` session (pipeline/cli/dev.ts) on a temporary articles folder (./session.ts),
 * with one article in it to start with. Its events, id registry and article cache stay in that
 * folder (`--out`, DIPLOMATIC_TIMELINE_CACHE), and next dev writes into .dev-e2e/next (NEXT_DIST_DIR),
 * so data/ and the production build in .next/ that the other projects serve are never touched.
 * Everything dev prints goes to the session's log too (the spec looks for its `path:line:col` lines).
 *
 * On SIGTERM/SIGINT (Playwright's gracefulShutdown) it waits for the dev session to stop, then
 * removes the temporary folder and puts back tsconfig.json and next-env.d.ts, which next dev points
 * at its own folder when it starts.
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DIST_DIR, devSession } from "./session";

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) throw new Error("usage: node --import tsx e2e/dev/server.ts <port>");
const session = devSession(port);

// What next dev rewrites for another distDir. A run that was killed before it could put them back
// left its copy: that copy is the original.
const KEPT = path.join(".dev-e2e", "kept.json");
const watched = ["tsconfig.json", "next-env.d.ts"];
const kept: Record<string, string> = existsSync(KEPT)
  ? (JSON.parse(readFileSync(KEPT, "utf8")) as Record<string, string>)
  : Object.fromEntries(watched.filter(existsSync).map((f) => [f, readFileSync(f, "utf8")]));
mkdirSync(path.dirname(KEPT), { recursive: true });
writeFileSync(KEPT, JSON.stringify(kept));

function restore() {
  for (const [file, content] of Object.entries(kept)) if (!existsSync(file) || readFileSync(file, "utf8") !== content) writeFileSync(file, content);
  rmSync(KEPT, { force: true });
  rmSync(session.root, { recursive: true, force: true });
}

// A fresh session: nothing left from an earlier run.
rmSync(session.root, { recursive: true, force: true });
mkdirSync(session.articles, { recursive: true });
writeFileSync(session.config, "{}\n");
// The first article: the spec reads its events from the session's events.json, never from here.
writeFileSync(
  path.join(session.articles, "tokyo-call.md"),
  [
    "---",
    "title: Japan and Australia discuss regional security by phone",
    "published: 2022-02-03",
    "source: Example Wire",
    "---",
    "Japanese Foreign Minister Yoshimasa Hayashi held a phone call with Australian Foreign Minister Marise Payne on February 2, 2022, to discuss maritime security in the Pacific.",
    "",
  ].join("\n"),
);

const log = createWriteStream(session.log);
const dev = spawn(process.execPath, ["--import", "tsx", "pipeline/cli/dev.ts", "--port", String(port), "--out", session.out, "--config", session.config], {
  env: { ...process.env, ARTICLES_DIR: session.articles, NEXT_DIST_DIR: DIST_DIR, DIPLOMATIC_TIMELINE_CACHE: session.cache, NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "pipe", "pipe"],
});
for (const stream of [dev.stdout, dev.stderr]) {
  stream.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    log.write(chunk);
  });
}

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  dev.kill("SIGTERM");
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
dev.on("exit", (code, signal) => {
  if (!stopping) console.error(`dev server: npm run dev stopped (${signal ?? `exit ${code}`})`);
  log.end();
  restore();
  process.exit(stopping ? 0 : (code ?? 1));
});
