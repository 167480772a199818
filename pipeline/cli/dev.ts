/**
 * npm run dev [-- --port PORT] [--config FILE] [--out DIR]
 *
 * Extracts the articles, starts `next dev`, and extracts again whenever an article or the site
 * config changes (pipeline/cli/watch.ts): the open timeline then shows the new events by itself
 * (lib/data.ts reads a changed events.json again in dev, and components/useDevDataReload.ts
 * refreshes the page). A change to the config's site settings (title, base path, default view)
 * restarts `next dev`, which reads them once, at its start.
 *
 * Ids given while editing are not published: the watcher and the dev server use a copy of the id
 * registry (node_modules/.cache/), so data/id-registry.json records no headline typed and saved
 * along the way. `npm run extract` or `npm run build` records the ids to publish.
 *
 * `--out DIR` keeps a dev session away from data/ altogether (the browser test of the live reload,
 * e2e/dev/, runs beside builds and tests that read data/generated/): the events go to DIR, the dev
 * server reads them there (EVENTS_FILE), and the ids to DIR/id-registry.json, as for any other
 * `npm run extract -- --out DIR`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { defaultRegistryPath } from "../../lib/id-registry-file";
import { parseArgs } from "node:util";
import { loadSiteConfig, publicSiteConfig, siteConfigFile } from "../../lib/site-config";
import { watchAndExtract } from "./watch";

const USAGE = `Usage: npm run dev [-- --port PORT] [--config FILE] [--out DIR]

Extracts the articles ($ARTICLES_DIR, default data/articles) into data/generated/, starts the
Next.js dev server on http://localhost:$PORT (default 3000), and watches the articles folder: each
saved change extracts again (only changed articles are read again) and the open timeline shows the
new events without a restart. A bad file is reported as 'path:line:col: message' and the last good
events.json is kept until it is fixed.

  -p, --port PORT  the dev server's port (default: $PORT, else 3000)
  --config FILE    the site configuration (default: $TIMELINE_CONFIG, else timeline.config.json);
                   watched too: its actors and aliases extract again, its site settings restart
                   the dev server
  --out DIR        extract into DIR instead of data/generated/ (the dev server reads DIR/events.json,
                   ids go to DIR/id-registry.json): a session that leaves data/ alone
  -h, --help       this help`;

function main(argv: string[]): void {
  let values;
  try {
    values = parseArgs({ args: argv, options: { port: { type: "string", short: "p" }, config: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h", default: false } }, strict: true, allowPositionals: false }).values;
  } catch (error) {
    console.error(`dev: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  // The dev server reads the same config (next.config.js): name it for both.
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...(values.config ? { TIMELINE_CONFIG: resolve(values.config) } : {}) };
  const inDir = resolve(env.ARTICLES_DIR || "data/articles");
  // `--out data/generated` is the default, with its copy of the registry (never the committed one).
  const outDir = values.out && resolve(values.out) !== resolve("data/generated") ? resolve(values.out) : null;
  const registry = outDir ? defaultRegistryPath(outDir) : devRegistryCopy();
  env.ID_REGISTRY_FILE = registry;
  // The dev server reads what the watcher writes: data/generated/events.json unless --out moved it.
  if (outDir) env.EVENTS_FILE = resolve(outDir, "events.json");
  const configFile = siteConfigFile({ env }).file;
  const log = (line: string) => console.log(line);
  const siteSettings = () => {
    try {
      return JSON.stringify(publicSiteConfig(loadSiteConfig({ env }).config));
    } catch {
      return null; // a broken config: the extract run says what is wrong
    }
  };

  let settings = siteSettings();
  let server: ChildProcess | null = null;
  let stopping = false;
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const startServer = () => {
    server = spawn(process.execPath, [nextBin, "dev", ...(values.port ? ["-p", values.port] : [])], { stdio: "inherit", env });
    server.on("exit", (code, signal) => {
      if (stopping || restarting) return;
      watcher.close();
      process.exitCode = code ?? (signal ? 1 : 0);
    });
  };
  let restarting = false;
  const restartServer = () => {
    if (!server) return;
    restarting = true;
    log("dev: the site settings of the config changed: restarting the dev server");
    server.once("exit", () => {
      restarting = false;
      startServer();
    });
    server.kill("SIGTERM");
  };

  const watcher = watchAndExtract({
    inDir,
    args: [...(outDir ? ["--out", outDir] : []), "--registry", registry],
    alsoWatch: [configFile],
    env,
    log,
    onRun: (result) => {
      if (!result.ok || !server) return;
      const now = siteSettings();
      if (now !== null && now !== settings) {
        settings = now;
        restartServer();
      }
    },
  });
  const stop = () => {
    stopping = true;
    watcher.close();
    server?.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  log(`dev: extracting ${inDir}`);
  void watcher.run().then((first) => {
    if (stopping) return;
    if (!first.ok) log("dev: starting the dev server with the last good events.json (if any); fix the problems above and save");
    log(`dev: watching ${inDir} and ${configFile} for changes`);
    startServer();
  });
}

/** A fresh copy of the committed registry at each start: the same ids as a build, nothing written back. */
function devRegistryCopy(): string {
  const registry = resolve("node_modules/.cache/diplomatic-timeline/dev-id-registry.json");
  const committed = defaultRegistryPath("data/generated");
  mkdirSync(dirname(registry), { recursive: true });
  // Removed first: node_modules may be a hard-linked copy, and copying over a shared file would write through to it.
  rmSync(registry, { force: true });
  if (existsSync(committed)) copyFileSync(committed, registry);
  return registry;
}

main(process.argv.slice(2));
