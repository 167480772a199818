/**
 * Building the app into a folder of its own and serving it from there, for the sites made from other
 * data than the project's: the benchmarks' (bench/site.ts) and the browser tests' own
 * (e2e/hostile/server.ts, e2e/base-path/server.ts). NEXT_DIST_DIR (next.config.js) and the caller's
 * EVENTS_FILE or TIMELINE_CONFIG point elsewhere, so .next/ and data/generated/ are never touched.
 *
 * A site is built exactly as `npm run build` and `npm run export` build the real one after extraction:
 * `next build`, then the steps of `stepsAfterNextBuild` (tests/site-build.test.ts holds them to
 * package.json's scripts), so a benchmarked or tested site is the site that ships.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { spawn, spawnSync, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";

/** Next's own CLI run by this Node, not through npx: stopping the caller then stops Next itself. */
const NEXT = path.join("node_modules", "next", "dist", "bin", "next");

/** A site of its own: where it is built and what the app reads besides the project's defaults. */
export interface Site {
  /** Relative to the project, as next.config.js takes it (NEXT_DIST_DIR). */
  distDir: string;
  /** EVENTS_FILE, TIMELINE_CONFIG, TIMELINE_*: for the build, and for `next start` when given there too. */
  env?: Readonly<Record<string, string>>;
}

function envOf(site: Site): NodeJS.ProcessEnv {
  return { ...process.env, ...site.env, NEXT_DIST_DIR: site.distDir, NEXT_TELEMETRY_DISABLED: "1" };
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { env, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
}

/** The real extract command (`npm run extract`'s CLI) with these arguments, in the site's environment (its TIMELINE_CONFIG). */
export function extract(site: Site, args: readonly string[]): void {
  run(process.execPath, ["--import", "tsx", "pipeline/cli/extract.ts", ...args], envOf(site));
}

export interface BuildStep {
  script: string;
  args: string[];
  /** The folder it works in, passed last; none where the script finds it itself. */
  folder?: string;
}

/**
 * What package.json's `build` (server) and `export` scripts run after `next build`, in order, for a
 * build in `dir` (a server build's distDir, an export's out folder): the V8 compile hints on the
 * chunks, then the pages' script hashes, without which proxy.ts's policy allows no inline script
 * (a server build's hashes go where next.config.js says, from NEXT_DIST_DIR).
 */
export function stepsAfterNextBuild(output: "server" | "export", dir: string): BuildStep[] {
  const chunks = output === "server" ? path.join(dir, "static", "chunks") : path.join(dir, "_next", "static", "chunks");
  return [
    { script: "scripts/compile-hints.mjs", args: [], folder: chunks },
    { script: "scripts/security-headers.mjs", args: [output], folder: output === "export" ? dir : undefined },
  ];
}

/** The build's own code: a site built before it last changed is stale (see isStale). */
export const BUILD_SCRIPTS = ["scripts/site-build.ts", ...stepsAfterNextBuild("server", ".next").map((step) => step.script)];

function runSteps(steps: readonly BuildStep[], env: NodeJS.ProcessEnv): void {
  for (const step of steps) run(process.execPath, [step.script, ...step.args, ...(step.folder ? [step.folder] : [])], env);
}

/**
 * `next build` with another distDir points tsconfig.json and next-env.d.ts at that folder's types:
 * put both back as they were (a file that was not there is removed), so the project's own typecheck
 * keeps seeing .next/ only.
 */
function keepingTsconfig(build: () => void): void {
  const kept = ["tsconfig.json", "next-env.d.ts"].map((file) => [file, existsSync(file) ? readFileSync(file, "utf8") : null] as const);
  try {
    build();
  } finally {
    for (const [file, content] of kept) {
      if (content === null) rmSync(file, { force: true });
      else if (readFileSync(file, "utf8") !== content) writeFileSync(file, content);
    }
  }
}

/** The server build of a site into its distDir, as `npm run build` makes it after extraction. */
export function buildSite(site: Site): void {
  const env = envOf(site);
  keepingTsconfig(() => {
    run(process.execPath, [NEXT, "build"], env);
    runSteps(stepsAfterNextBuild("server", site.distDir), env);
  });
}

/**
 * The static export of a site into outDir, as `npm run export` makes it. An export's build writes its
 * artifacts to <project>/.next whatever its distDir (next.config.js), which would overwrite the app's
 * own server build while `next start` serves it: so the export is built from a copy of the app's
 * source in appCopy (the packages resolve from the project's node_modules above it).
 */
export function exportSite(site: Omit<Site, "distDir">, appCopy: string, outDir: string): void {
  rmSync(appCopy, { recursive: true, force: true });
  mkdirSync(appCopy, { recursive: true });
  for (const entry of ["app", "components", "lib", "public", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package.json"]) {
    cpSync(entry, path.join(appCopy, entry), { recursive: true });
  }
  // NEXT_DIST_DIR names the export's folder inside the project copy (and skips a second type check).
  const env = envOf({ ...site, distDir: path.relative(appCopy, outDir) });
  // As in package.json, NEXT_OUTPUT is set for `next build` alone.
  run(process.execPath, [NEXT, "build", appCopy], { ...env, NEXT_OUTPUT: "export" });
  runSteps(stepsAfterNextBuild("export", outDir), env);
}

/** The files a finished server build leaves: the script hashes come last, so a build that stopped before them is no build. */
export const builtFiles = (distDir: string) => [path.join(distDir, "BUILD_ID"), path.join(distDir, "csp-hashes.json")];

const modified = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : 0);

/** Stale when an output is missing or older than an input. */
export function isStale(outputs: readonly string[], inputs: readonly string[]): boolean {
  const built = Math.min(...outputs.map(modified));
  return built === 0 || inputs.some((file) => modified(file) > built);
}

/** A site's server build is stale when missing, or older than the app's last build (.next/BUILD_ID), the build's code or the site's own inputs. */
export const isSiteStale = (distDir: string, inputs: readonly string[]) => isStale(builtFiles(distDir), [".next/BUILD_ID", ...BUILD_SCRIPTS, ...inputs]);

/** `next start` of a built site on a port. */
export function startSite(site: Site, port: number, stdio: StdioOptions): ChildProcess {
  return spawn(process.execPath, [NEXT, "start", "-p", String(port)], { env: envOf(site), stdio });
}

/** This process lives as long as the server: a signal to it stops the server, and the server's exit ends it. */
export function stopWith(server: ChildProcess, name: string): void {
  const stop = () => server.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  server.on("exit", (code, signal) => {
    if (signal) console.error(`${name}: ${path.basename(String(server.spawnargs[1]))} stopped by ${signal}`);
    process.exit(code ?? 1);
  });
}

/**
 * A site's static export, made from the data its server build used when missing or older than that
 * build (or the build's code), then served as a static host serves it (scripts/serve-static.mjs,
 * under `base` when the site has a base path). The export goes to <appCopy>/out (exportSite).
 */
export function serveExport(site: Site, appCopy: string, port: number, name: string, base?: string): void {
  const out = path.join(appCopy, "out");
  if (isStale([path.join(out, "index.html"), path.join(out, "_headers")], [path.join(site.distDir, "BUILD_ID"), ...BUILD_SCRIPTS])) exportSite(site, appCopy, out);
  stopWith(spawn(process.execPath, ["scripts/serve-static.mjs", out, String(port), ...(base ? ["--base", base] : [])], { stdio: "inherit" }), name);
}

/** A server's port from its command line, or the usage as an error. */
export function portArg(value: string | undefined, usage: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`usage: ${usage}`);
  return port;
}
