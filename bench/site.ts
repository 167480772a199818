/**
 * What the browser benchmarks share: stress-test events files, building and serving our site from
 * one of them (as `npm run build` does, into .scale/<name>: scripts/site-build.ts; `next start`), serving a handful of files from
 * memory (the plain vis-timeline and TimelineJS pages), and launching Debian's Chromium.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { eventsFileSchema, type EventsFile } from "../lib/schema";
import { buildSite as buildSiteFrom, builtFiles, extract, isStale, startSite } from "../scripts/site-build";
import { AFP_EVENTS, CHROMIUM, CHROMIUM_ARGS, sizeOf } from "./results";
import { sample, synthesize } from "./synthetic";

export const SCALE_DIR = ".scale";

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** The real events the stress files are made from: the AFP extraction when bench/pipeline.ts kept one, else the seeds. */
const baseFile = () => (existsSync(AFP_EVENTS) ? AFP_EVENTS : "data/generated/events.json");

function baseEvents(): { file: string; events: EventsFile } {
  const file = baseFile();
  if (!existsSync(file)) throw new Error(`no events to make a stress file from: run bench/pipeline.ts (AFP) or npm run extract (seeds) first`);
  // Said aloud: a stress file of copies of the few seed events measures something else than the AFP's (the result's madeFrom records it too).
  if (file !== AFP_EVENTS) console.warn(`no AFP extraction at ${AFP_EVENTS} (bench/pipeline.ts keeps one): the stress file is made from ${file}`);
  return { file, events: eventsFileSchema.parse(JSON.parse(readFileSync(file, "utf8"))) };
}

/**
 * .scale/events-<label>.json, made when missing: `copies` repeats the real events (bench/synthetic.ts,
 * for sizes past the corpus), `sample` takes that many real events spread over the corpus (for a
 * comparison on real, distinct events). Made again when its note names another kind or source (a
 * file once made from the seeds, for want of the AFP extraction, is not reused once that exists).
 * Returns the file and what it was made from.
 */
export function eventsFile(label: string, kind: "copies" | "sample"): { file: string; madeFrom: string } {
  const file = path.join(SCALE_DIR, `events-${label}.json`);
  const note = `${file}.from`;
  const madeAsWanted = existsSync(file) && existsSync(note) && readFileSync(note, "utf8").startsWith(`${kind} of ${baseFile()} `);
  if (!madeAsWanted) {
    const size = sizeOf(label);
    if (size === null) throw new Error(`not a size: ${label} (e.g. 1k, 10k, 100k)`);
    const base = baseEvents();
    const made = eventsFileSchema.parse(kind === "sample" ? sample(base.events, size) : synthesize(base.events, size));
    mkdirSync(SCALE_DIR, { recursive: true });
    writeFileSync(file, `${JSON.stringify(made)}\n`);
    writeFileSync(note, `${kind} of ${base.file} (${base.events.events.length} events)\n`);
    console.log(`${file}: ${made.events.length} events, ${kind} of ${base.file}`);
  }
  return { file, madeFrom: existsSync(note) ? readFileSync(note, "utf8").trim() : "unknown" };
}

export const siteDir = (label: string) => path.join(SCALE_DIR, label);

/** `npm run build`'s build of an events file into distDir (scripts/site-build.ts). Returns seconds. */
export function buildSite(events: string, distDir: string): number {
  const started = Date.now();
  buildSiteFrom({ distDir, env: { EVENTS_FILE: events } });
  return Math.round((Date.now() - started) / 1000);
}

/**
 * The site of a label ("10k"; "10k-before", another build of the 10k site) from its events file
 * (see eventsFile), built into .scale/<label> when missing or when `rebuild` asks. Says so when it
 * builds, and gives the build's seconds then.
 */
export function ensureSite(label: string, kind: "copies" | "sample", rebuild: boolean): BenchSite {
  const { file, madeFrom } = eventsFile(label.split("-")[0]!, kind);
  return ensureBuilt(label, file, madeFrom, rebuild);
}

/** The seeds' site (issue 6: Lighthouse ≥ 95 on the seeds), from `npm run extract`'s events file, built into .scale/seeds as ensureSite builds. */
export function ensureSeedsSite(rebuild: boolean): BenchSite {
  const file = "data/generated/events.json";
  const distDir = siteDir("seeds");
  // A fresh clone has no extraction yet: make it, as `npm run build` would.
  if (!existsSync(file)) extract({ distDir }, []);
  return ensureBuilt("seeds", file, "the seed articles by `npm run extract`", rebuild);
}

type BenchSite = { file: string; madeFrom: string; distDir: string; buildSeconds?: number };

/** A site older than its events file (or missing) is built again. */
function ensureBuilt(label: string, file: string, madeFrom: string, rebuild: boolean): BenchSite {
  const distDir = siteDir(label);
  if (!rebuild && !isStale(builtFiles(distDir), [file])) return { file, madeFrom, distDir };
  const buildSeconds = buildSite(file, distDir);
  console.log(`${label}: built in ${buildSeconds} s`);
  return { file, madeFrom, distDir, buildSeconds };
}

async function waitForServer(url: string, exited: () => number | null) {
  for (let i = 0; i < 600; i++) {
    if (exited() !== null) throw new Error(`the server for ${url} stopped (exit ${exited()})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer`);
}

export interface Served {
  url: string;
  /** Resolves once the server is gone, so the next benchmark can take its port. */
  stop(): Promise<void>;
}

/** `next start` of a built site on a port (BENCH_PORT, default 3500). */
export async function serveSite(distDir: string, port = Number(process.env.BENCH_PORT ?? 3500)): Promise<Served> {
  // Something else on the port would answer in our server's place (and ours would quietly fail to start).
  const answered = await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);
  if (answered) throw new Error(`port ${port} is already in use: set BENCH_PORT to a free port`);
  const server = startSite({ distDir }, port, "ignore");
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForServer(url, () => server.exitCode);
  } catch (error) {
    server.kill();
    throw error;
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (server.exitCode !== null || server.signalCode !== null) return resolve();
        server.once("exit", () => resolve());
        server.kill();
      }),
  };
}

/** Files served from memory on a free port: path → [content type, body]. */
export function serveFiles(files: Record<string, readonly [string, string | Buffer]>): Promise<Served> {
  const server = createServer((request, response) => {
    const file = files[new URL(request.url ?? "/", "http://x").pathname];
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": file[0] }).end(file[1]);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        stop: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    ),
  );
}
