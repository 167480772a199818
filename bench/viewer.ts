/**
 * The chart at scale (issue 6, "Viewer"), in headless Chromium (Debian's /usr/bin/chromium, as the
 * browser tests use): for a site built from a big events file,
 *   - first event drawn: from navigation start to the first visible `.vis-item`, median of 5 loads
 *     (each in a fresh browser context, so nothing is cached);
 *   - frame times while panning (mouse drags) and zooming (Ctrl + wheel) for 3 s, once the page has
 *     settled (no long task for a second), p50 / p95 of the requestAnimationFrame intervals;
 *   - the most `.vis-item` elements mounted at once, watched on every frame, from "Show all" down
 *     to the narrowest zoom step by step, and during the pans and zooms;
 * and the same first-draw and frame figures for plain vis-timeline (its standalone build from
 * node_modules, default options) on the same first 10,000 events, served by this script (no network).
 * Prints the figures (no assertions) and writes bench/results/viewer.json.
 *
 *   npx tsx bench/viewer.ts                      sites .scale/10k and .scale/100k, built when missing
 *   npx tsx bench/viewer.ts --build              rebuild them first (after changing the app)
 *   npx tsx bench/viewer.ts --sizes 10k          only the 10k site
 *   npx tsx bench/viewer.ts --url http://localhost:3500 --label mine   a site that is already running
 *   npx tsx bench/viewer.ts --no-plain           without plain vis-timeline (and its ratios)
 * A site of N events is built from /tmp/events-<N>.json (EVENTS_FILE; made by bench/synthetic.ts,
 * see its header) into .scale/<N>/ (NEXT_DIST_DIR), then served with `next start` on BENCH_PORT
 * (default 3500). The 100k build takes several minutes.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { medianOf, writeResult } from "./results";

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const PORT = Number(process.env.BENCH_PORT ?? 3500);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// As playwright.config.ts: root on a closed network.
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const LOADS = 5;
const MOVE_MS = 3000;
const PLAIN_EVENTS = 10_000;
const NEXT = path.join("node_modules", "next", "dist", "bin", "next");

const round = (n: number) => Math.round(n * 10) / 10;
const ratio = (ours: number, plain: number) => Math.round((ours / plain) * 100) / 100;
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, commandArgs, { env, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(" ")} failed (exit ${result.status ?? result.signal})`);
}

/** `next build` into .scale/<size>, then the pages' script hashes (without them proxy.ts allows no inline script). */
function buildSite(eventsFile: string, distDir: string) {
  const env = { ...process.env, EVENTS_FILE: eventsFile, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" };
  // Another distDir makes Next rewrite tsconfig.json and next-env.d.ts: put both back (as e2e/hostile/server.ts does).
  const kept = ["tsconfig.json", "next-env.d.ts"].map((f) => [f, existsSync(f) ? readFileSync(f, "utf8") : null] as const);
  try {
    run(process.execPath, [NEXT, "build"], env);
    run(process.execPath, ["scripts/security-headers.mjs", "server"], env);
  } finally {
    for (const [file, content] of kept) {
      if (content === null) rmSync(file, { force: true });
      else if (readFileSync(file, "utf8") !== content) writeFileSync(file, content);
    }
  }
}

async function waitForServer(url: string, server: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error(`the server for ${url} stopped (exit ${server.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer`);
}

/** Runs in the page before its own scripts: notes when the first item is drawn, and can count frames and items. */
const PROBE = `(() => {
  const probe = (window.__probe = { firstItem: null, maxItems: 0, frames: null, lastLongTask: 0 });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) probe.lastLongTask = Math.max(probe.lastLongTask, e.startTime + e.duration); }).observe({ type: "longtask", buffered: true });
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  let last = 0;
  const tick = (now) => {
    const items = document.querySelectorAll(".vis-item");
    if (items.length > probe.maxItems) probe.maxItems = items.length;
    if (probe.firstItem === null && items.length > 0 && visible(items[0])) probe.firstItem = now;
    if (probe.frames && last) probe.frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

interface Probe {
  firstItem: number | null;
  lastLongTask: number;
  maxItems: number;
  frames: number[] | null;
}
const readProbe = (page: Page) => page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);

async function firstDraw(browser: Browser, url: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __probe: Probe }).__probe.firstItem !== null, null, { timeout: 180_000, polling: 50 });
    times.push((await readProbe(page)).firstItem!);
    await context.close();
  }
  return times;
}

/** The middle of the chart's drawing area. */
async function chartCenter(page: Page) {
  const box = (await page.locator(".vis-panel.vis-center").first().boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 120), width: box.width };
}

/** Pans (drags) and zooms (Ctrl + wheel) for MOVE_MS, recording every frame's interval. */
async function moveAround(page: Page): Promise<number[]> {
  const center = await chartCenter(page);
  await page.evaluate(() => ((window as unknown as { __probe: Probe }).__probe.frames = []));
  const started = Date.now();
  let step = 0;
  while (Date.now() - started < MOVE_MS) {
    if (step % 2 === 0) {
      // A drag of a fifth of the chart, left then right.
      const dx = (step % 4 === 0 ? -1 : 1) * center.width * 0.2;
      await page.mouse.move(center.x, center.y);
      await page.mouse.down();
      for (let k = 1; k <= 10; k++) await page.mouse.move(center.x + (dx * k) / 10, center.y);
      await page.mouse.up();
    } else {
      await page.mouse.move(center.x, center.y);
      await page.keyboard.down("Control");
      // vis zooms by 1 / (1 + deltaY / 15) a notch: five notches of 30 zoom in (or out) about 240 times.
      for (let k = 0; k < 5; k++) await page.mouse.wheel(0, step % 4 === 1 ? -30 : 30);
      await page.keyboard.up("Control");
    }
    step++;
  }
  const frames = (await readProbe(page)).frames ?? [];
  await page.evaluate(() => ((window as unknown as { __probe: Probe }).__probe.frames = null));
  return frames;
}

/** From everything in view down to the narrowest zoom (30 halvings), a wheel step at a time: the most items mounted on any frame. */
async function zoomSweep(page: Page, showAll: (() => Promise<void>) | null): Promise<{ maxItems: number; steps: number }> {
  if (showAll) await showAll();
  await page.waitForTimeout(500);
  const center = await chartCenter(page);
  let steps = 0;
  for (; steps < 30; steps++) {
    // Zoom where the events are: at the item nearest the chart's middle (an empty stretch shows nothing).
    const x = await page.evaluate((middle) => {
      const boxes = [...document.querySelectorAll(".vis-foreground .vis-item")].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0);
      boxes.sort((a, b) => Math.abs(a.left + a.width / 2 - middle) - Math.abs(b.left + b.width / 2 - middle));
      return boxes[0] ? boxes[0].left + boxes[0].width / 2 : middle;
    }, center.x);
    await page.mouse.move(Math.max(center.x - center.width / 2 + 2, Math.min(center.x + center.width / 2 - 2, x)), center.y);
    await page.keyboard.down("Control");
    for (let k = 0; k < 4; k++) await page.mouse.wheel(0, -15);
    await page.keyboard.up("Control");
    await page.waitForTimeout(200);
  }
  await page.waitForTimeout(300);
  return { maxItems: (await readProbe(page)).maxItems, steps };
}

interface Figures {
  firstDrawMs: number[];
  firstDrawMedianMs: number;
  frameP50Ms: number;
  frameP95Ms: number;
  frames: number;
  maxItemsMounted: number;
}

async function measure(browser: Browser, url: string, showAll: ((page: Page) => Promise<void>) | null): Promise<Figures> {
  const loads = await firstDraw(browser, url);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __probe: Probe }).__probe.firstItem !== null, null, { timeout: 180_000, polling: 50 });
  // Moves start once the page has settled (no long task for a second: the lists below the chart are laid out).
  await page.waitForFunction(() => performance.now() - (window as unknown as { __probe: { lastLongTask: number } }).__probe.lastLongTask > 1000, null, { timeout: 180_000, polling: 200 });
  const frames = await moveAround(page);
  const sweep = await zoomSweep(page, showAll ? () => showAll(page) : null);
  await context.close();
  return {
    firstDrawMs: loads.map(round),
    firstDrawMedianMs: round(medianOf(loads)),
    frameP50Ms: round(percentile(frames, 50)),
    frameP95Ms: round(percentile(frames, 95)),
    frames: frames.length,
    maxItemsMounted: sweep.maxItems,
  };
}

/** A page with plain vis-timeline (standalone build, default options) and the first PLAIN_EVENTS events of a file. */
function plainSite(eventsFile: string): Promise<{ url: string; server: Server }> {
  type Raw = { id: string; title: string; date: { start: string; end: string; precision: string } | null };
  const events = (JSON.parse(readFileSync(eventsFile, "utf8")) as { events: Raw[] }).events.filter((e) => e.date).slice(0, PLAIN_EVENTS);
  const items = events.map((e) => (e.date!.precision === "day" ? { id: e.id, content: e.title, start: e.date!.start } : { id: e.id, content: e.title, start: e.date!.start, end: e.date!.end }));
  const files: Record<string, [string, string]> = {
    "/": ["text/html", `<!doctype html><html><head><meta charset="utf-8"><title>plain vis-timeline</title><link rel="stylesheet" href="/vis.css"></head><body><div id="chart"></div><script src="/vis.js"></script><script src="/main.js"></script></body></html>`],
    "/vis.js": ["text/javascript", readFileSync("node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js", "utf8")],
    "/vis.css": ["text/css", readFileSync("node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css", "utf8")],
    "/main.js": ["text/javascript", `fetch("/items.json").then((r) => r.json()).then((items) => { window.timeline = new vis.Timeline(document.getElementById("chart"), new vis.DataSet(items), {}); });`],
    "/items.json": ["application/json", JSON.stringify(items)],
  };
  const server = createServer((request, response) => {
    const file = files[request.url ?? "/"];
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": file[0] }).end(file[1]);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server })));
}

async function ourSite(browser: Browser, label: string, url: string) {
  const figures = await measure(browser, url, (page) => page.getByRole("button", { name: "Show all", exact: true }).click());
  console.log(`${label}: first event drawn ${figures.firstDrawMedianMs} ms (median of ${LOADS}: ${figures.firstDrawMs.join(", ")}); frames while panning and zooming p50 ${figures.frameP50Ms} ms, p95 ${figures.frameP95Ms} ms (${figures.frames} frames); at most ${figures.maxItemsMounted} .vis-item mounted`);
  return figures;
}

async function main() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const rows: Array<{ site: string } & Figures> = [];
  try {
    const url = option("--url");
    if (url) {
      rows.push({ site: option("--label") ?? url, ...(await ourSite(browser, option("--label") ?? url, url)) });
    } else {
      for (const size of (option("--sizes") ?? "10k,100k").split(",")) {
        const eventsFile = `/tmp/events-${size.split("-")[0]}.json`; // "10k-before": another build of the 10k site
        const distDir = path.join(".scale", size);
        const built = existsSync(path.join(distDir, "BUILD_ID")) && existsSync(path.join(distDir, "csp-hashes.json"));
        if (args.includes("--build") || !built) {
          const started = Date.now();
          buildSite(eventsFile, distDir);
          console.log(`${size}: built in ${Math.round((Date.now() - started) / 1000)} s`);
        }
        const server = spawn(process.execPath, [NEXT, "start", "-p", String(PORT)], { env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore" });
        try {
          await waitForServer(`http://127.0.0.1:${PORT}/`, server);
          rows.push({ site: size, ...(await ourSite(browser, size, `http://127.0.0.1:${PORT}/`)) });
        } finally {
          server.kill();
        }
      }
    }
    if (args.includes("--no-plain")) return void writeResult("viewer", { browser: CHROMIUM, viewport: "1280x900", loads: LOADS, moveMs: MOVE_MS, rows });
    const plain = await plainSite(option("--plain-from") ?? "/tmp/events-10k.json");
    let plainFigures: Figures;
    try {
      plainFigures = await measure(browser, plain.url, (page) => page.evaluate(() => (window as unknown as { timeline: { fit(o: object): void } }).timeline.fit({ animation: false })));
    } finally {
      plain.server.close();
    }
    console.log(`plain vis-timeline, ${PLAIN_EVENTS} events, default options: first event drawn ${plainFigures.firstDrawMedianMs} ms (median of ${LOADS}: ${plainFigures.firstDrawMs.join(", ")}); frames p50 ${plainFigures.frameP50Ms} ms, p95 ${plainFigures.frameP95Ms} ms (${plainFigures.frames} frames); at most ${plainFigures.maxItemsMounted} .vis-item mounted`);
    const same = rows.find((r) => r.site === "10k") ?? rows[0];
    const ratios = same
      ? { site: same.site, firstDraw: ratio(same.firstDrawMedianMs, plainFigures.firstDrawMedianMs), frameP50: ratio(same.frameP50Ms, plainFigures.frameP50Ms), frameP95: ratio(same.frameP95Ms, plainFigures.frameP95Ms) }
      : null;
    if (ratios) console.log(`ours (${ratios.site}) / plain: first draw ${ratios.firstDraw}, frame p50 ${ratios.frameP50}, frame p95 ${ratios.frameP95}`);
    writeResult("viewer", { browser: CHROMIUM, viewport: "1280x900", loads: LOADS, moveMs: MOVE_MS, rows, plain: { events: PLAIN_EVENTS, ...plainFigures }, ratiosOursOverPlain: ratios });
  } finally {
    await browser.close();
  }
}

await main();
