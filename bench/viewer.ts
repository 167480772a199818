/**
 * The chart at scale (issue 6, "Viewer"), in headless Chromium (Debian's /usr/bin/chromium, as the
 * browser tests use): for a site built from a big events file,
 *   - first event drawn: from navigation start to the end of the first frame with a visible
 *     `.vis-item` (found in requestAnimationFrame, timed by a task posted from there), median of 5
 *     loads (each in a fresh browser context, so nothing is cached);
 *   - frame times while panning (mouse drags) and zooming (Ctrl + wheel) for 3 s, once the page has
 *     settled (no long task for a second), p50 / p95 of the requestAnimationFrame intervals;
 *   - the most `.vis-item` elements mounted at once, watched on every frame, from "Show all" down
 *     to the narrowest zoom step by step, and during the pans and zooms;
 * and, for the 10k site, the same first-draw and frame figures for plain vis-timeline (its standalone
 * build from node_modules, default options) on the same 10,000 events, served by this script (no network).
 * Prints the figures (no assertions) and writes bench/results/viewer-<size>.json.
 *
 *   npx tsx bench/viewer.ts                      the sites of $BENCH_SIZES (default 10k), built when missing
 *   npx tsx bench/viewer.ts --sizes 10k,100k     the 10k and 100k sites (the 100k build takes several minutes)
 *   npx tsx bench/viewer.ts --build              rebuild them first (after changing the app)
 *   npx tsx bench/viewer.ts --url http://localhost:3500 --label mine   a site that is already running
 *   npx tsx bench/viewer.ts --no-plain           without plain vis-timeline (and its ratios)
 * A site of N events is built from .scale/events-<N>.json (made when missing from the AFP extraction
 * by bench/synthetic.ts's copies; see bench/site.ts) into .scale/<N>/ (NEXT_DIST_DIR), then served
 * with `next start` on BENCH_PORT (default 3500).
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { medianOf, option, ratioOf, writeResult, type ViewerFigures as Figures, type ViewerResult } from "./results";
import { ensureSite, launchChromium, serveFiles, serveSite, type Served } from "./site";

const args = process.argv.slice(2);
const LOADS = 5;
const MOVE_MS = 3000;
const PLAIN_EVENTS = 10_000;

const round = (n: number) => Math.round(n * 10) / 10;
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Runs in the page before its own scripts: notes when the first item is drawn, and can count frames and items. */
const PROBE = `(() => {
  const probe = (window.__probe = { firstItem: null, maxItems: 0, frames: null, lastLongTask: 0 });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) probe.lastLongTask = Math.max(probe.lastLongTask, e.startTime + e.duration); }).observe({ type: "longtask", buffered: true });
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  let last = 0;
  let seen = false;
  const tick = (now) => {
    const items = document.querySelectorAll(".vis-item");
    if (items.length > probe.maxItems) probe.maxItems = items.length;
    if (!seen && items.length > 0 && visible(items[0])) {
      // Timed by a task posted from this frame's callback: it runs once the frame is rendered. (\`now\`
      // is the frame's start, which a long task building the items can put seconds too early.)
      seen = true;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (probe.firstItem = performance.now());
      channel.port2.postMessage(0);
    }
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

/** The page at url in a fresh browser context (nothing cached) with the probe, once its first item is drawn. */
async function loadWithProbe(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __probe: Probe }).__probe.firstItem !== null, null, { timeout: 180_000, polling: 50 });
  return { context, page };
}

async function firstDraw(browser: Browser, url: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const { context, page } = await loadWithProbe(browser, url);
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

async function measure(browser: Browser, url: string, showAll: ((page: Page) => Promise<void>) | null): Promise<Figures> {
  const loads = await firstDraw(browser, url);
  const { context, page } = await loadWithProbe(browser, url);
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

/** A page with plain vis-timeline (standalone build, default options) and the first PLAIN_EVENTS dated events of a file. */
function plainSite(events: string): Promise<Served> {
  type Raw = { id: string; title: string; date: { start: string; end: string; precision: string } | null };
  const dated = (JSON.parse(readFileSync(events, "utf8")) as { events: Raw[] }).events.filter((e) => e.date).slice(0, PLAIN_EVENTS);
  const items = dated.map((e) => (e.date!.precision === "day" ? { id: e.id, content: e.title, start: e.date!.start } : { id: e.id, content: e.title, start: e.date!.start, end: e.date!.end }));
  return serveFiles({
    "/": ["text/html", `<!doctype html><html><head><meta charset="utf-8"><title>plain vis-timeline</title><link rel="stylesheet" href="/vis.css"></head><body><div id="chart"></div><script src="/vis.js"></script><script src="/main.js"></script></body></html>`],
    "/vis.js": ["text/javascript", readFileSync("node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js", "utf8")],
    "/vis.css": ["text/css", readFileSync("node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css", "utf8")],
    "/main.js": ["text/javascript", `fetch("/items.json").then((r) => r.json()).then((items) => { window.timeline = new vis.Timeline(document.getElementById("chart"), new vis.DataSet(items), {}); });`],
    "/items.json": ["application/json", JSON.stringify(items)],
  });
}

async function plainFiguresOf(browser: Browser, events: string): Promise<Figures> {
  const plain = await plainSite(events);
  try {
    const figures = await measure(browser, plain.url, (page) => page.evaluate(() => (window as unknown as { timeline: { fit(o: object): void } }).timeline.fit({ animation: false })));
    console.log(`plain vis-timeline, ${PLAIN_EVENTS} events, default options: first event drawn ${figures.firstDrawMedianMs} ms (median of ${LOADS}: ${figures.firstDrawMs.join(", ")}); frames p50 ${figures.frameP50Ms} ms, p95 ${figures.frameP95Ms} ms (${figures.frames} frames); at most ${figures.maxItemsMounted} .vis-item mounted`);
    return figures;
  } finally {
    await plain.stop();
  }
}

async function ourSite(browser: Browser, label: string, url: string) {
  const figures = await measure(browser, url, (page) => page.getByRole("button", { name: "Show all", exact: true }).click());
  console.log(`${label}: first event drawn ${figures.firstDrawMedianMs} ms (median of ${LOADS}: ${figures.firstDrawMs.join(", ")}); frames while panning and zooming p50 ${figures.frameP50Ms} ms, p95 ${figures.frameP95Ms} ms (${figures.frames} frames); at most ${figures.maxItemsMounted} .vis-item mounted`);
  return figures;
}

/** Writes viewer-<site>.json: ours, and plain vis-timeline on the same events with the ratios when it was measured. */
function write(site: string, ours: Figures, extra: Pick<ViewerResult, "url" | "eventsFile" | "buildSeconds">, plain: Figures | null) {
  const ratio = (pick: (figures: Figures) => number) => (plain ? ratioOf(pick(ours), pick(plain), 2) : null);
  const ratios = plain && { firstDraw: ratio((f) => f.firstDrawMedianMs), frameP50: ratio((f) => f.frameP50Ms), frameP95: ratio((f) => f.frameP95Ms), maxItemsMounted: ratio((f) => f.maxItemsMounted) };
  if (ratios) console.log(`ours (${site}) / plain: first draw ${ratios.firstDraw}, frame p50 ${ratios.frameP50}, frame p95 ${ratios.frameP95}, items mounted ${ratios.maxItemsMounted}`);
  writeResult(`viewer-${site}`, { site, ...extra, viewport: "1280x900", loads: LOADS, moveMs: MOVE_MS, ours, plain: plain && { events: PLAIN_EVENTS, ...plain }, ratiosOursOverPlain: ratios });
}

async function main() {
  const browser = await launchChromium();
  try {
    const url = option("--url");
    if (url) {
      const label = option("--label") ?? "url";
      const ours = await ourSite(browser, label, url);
      const plainFrom = option("--plain-from");
      write(label, ours, { url }, plainFrom && !args.includes("--no-plain") ? await plainFiguresOf(browser, plainFrom) : null);
      return;
    }
    for (const size of (option("--sizes") ?? process.env.BENCH_SIZES ?? "10k").split(",")) {
      const { file, madeFrom, distDir, buildSeconds } = ensureSite(size, "copies", args.includes("--build"));
      const site = await serveSite(distDir);
      let ours: Figures;
      try {
        ours = await ourSite(browser, size, site.url);
      } finally {
        await site.stop();
      }
      // Plain vis-timeline gets the same 10,000 events (past that it cannot be panned at all).
      const plain = size.startsWith("10k") && !args.includes("--no-plain") ? await plainFiguresOf(browser, file) : null;
      write(size, ours, { eventsFile: { file, madeFrom }, ...(buildSeconds !== undefined ? { buildSeconds } : {}) }, plain);
    }
  } finally {
    await browser.close();
  }
}

await main();
