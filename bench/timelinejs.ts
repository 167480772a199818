/**
 * TimelineJS versus ours on the same 1,000 events (issue 6), in headless Debian Chromium.
 *
 * The events: 1,000 real events spread evenly over the AFP extraction (bench/synthetic.ts `sample`,
 * .scale/events-1k.json, made when missing). Ours: the site built from them (.scale/1k, `next build`,
 * served by `next start`). TimelineJS: `@knight-lab/timelinejs` from node_modules (its dist/ served by
 * this script, `new TL.Timeline(el, data, { script_path })`, every other option its default) fed the
 * same events as TimelineJS JSON, as the export writes it (lib/exports/timelinejs.ts). Nothing leaves the machine: Chromium
 * resolves no host but 127.0.0.1, and what either page asked of other hosts is counted (TimelineJS's
 * default font CSS asks fonts.gstatic.com; those requests fail at once, as they would offline).
 *
 * Both pages are measured the same way, each load in a fresh browser context (nothing cached), 1280×900:
 *   - first event drawn: navigation start → the end of the first frame with a visible event element
 *     (found in requestAnimationFrame, timed by a task posted from there; ours `.vis-item`, an event
 *     or a count of events, TimelineJS `.tl-timemarker-content-container`: its marker `.tl-timemarker` has no width);
 *   - time to interactive (TTI): Lighthouse's definition without its network condition — the end of
 *     the last long task (> 50 ms, Long Tasks API) before the main thread stays free of long tasks
 *     for 5 s, and never before the first event is drawn; on navigation's clock, median of LOADS loads;
 *   - memory once interactive, after a forced garbage collection (CDP HeapProfiler.collectGarbage):
 *     the JS heap in use and the DOM nodes (CDP Performance.getMetrics JSHeapUsedSize, Nodes), and the
 *     document's elements. (performance.measureUserAgentSpecificMemory needs a cross-origin-isolated
 *     page, which neither is: the CDP figures are what both report.)
 *   - first click answered: a click on a visible event once interactive, Event Timing's first-input
 *     duration (input to the next paint after its handlers).
 * Prints a table and writes bench/results/timelinejs.json.
 *   npx tsx bench/timelinejs.ts [--build] [--loads 5]
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { eventsFileSchema } from "../lib/schema";
import { medianOf, option, ratioOf, writeResult, type TimelineJsFigures as Figures, type TimelineJsLoad as Load } from "./results";
import { ensureSite, launchChromium, serveFiles, serveSite, type Served } from "./site";
import { exportInputOf } from "../lib/exports/files";
import { timelineJs } from "../lib/exports/timelinejs";
import { DEFAULT_SITE_TITLE } from "../lib/site-settings";

const args = process.argv.slice(2);
const SIZE = "1k";
const LOADS = Number(option("--loads") ?? 5);
const QUIET_MS = 5000;
const LONG_TASK_MS = 50;
const TIMELINEJS = path.join("node_modules", "@knight-lab", "timelinejs");

/** Runs in the page before its own scripts: long tasks, the first visible event element, the first input. */
const probe = (selector: string) => `(() => {
  const probe = (window.__tti = { firstEvent: null, lastLongTaskEnd: 0, longTasks: [], firstInput: null });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) { probe.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]); probe.lastLongTaskEnd = Math.max(probe.lastLongTaskEnd, e.startTime + e.duration); } }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) probe.firstInput = { name: e.name, duration: e.duration }; }).observe({ type: "first-input", buffered: true });
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth; };
  // Timed by a task posted from the frame's callback: it runs once that frame is rendered. (The
  // callback's own timestamp is the frame's start, which a long task can put seconds too early.)
  const tick = () => {
    if (![...document.querySelectorAll(${JSON.stringify(selector)})].some(visible)) return void requestAnimationFrame(tick);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (probe.firstEvent = performance.now());
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(tick);
})();`;

interface Probe {
  firstEvent: number | null;
  lastLongTaskEnd: number;
  /** [start, duration] of each long task, ms. */
  longTasks: Array<[number, number]>;
  firstInput: { name: string; duration: number } | null;
}
const readProbe = (page: Page) => page.evaluate(() => (window as unknown as { __tti: Probe }).__tti);

/**
 * The middle of the visible event element nearest the viewport's middle: one of `selectors` (the
 * first that has a visible element: TimelineJS's markers other than the one it shows, else that one).
 */
function clickTarget(page: Page, selectors: string[]) {
  return page.evaluate((list) => {
    // No named function in here: tsx would wrap it in a helper the page does not have.
    const boxes = list
      .map((sel) => [...document.querySelectorAll(sel)].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight))
      .find((found) => found.length > 0) ?? [];
    boxes.sort((a, b) => Math.abs(a.left + a.width / 2 - innerWidth / 2) - Math.abs(b.left + b.width / 2 - innerWidth / 2));
    const box = boxes[0];
    return box ? { x: box.left + box.width / 2, y: box.top + Math.min(box.height / 2, 10) } : null;
  }, selectors);
}

async function oneLoad(browser: Browser, url: string, selector: string, clickSelectors: string[]): Promise<Load> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const offHost: string[] = [];
    page.on("request", (request) => {
      const host = new URL(request.url()).hostname;
      if (/^https?:/.test(request.url()) && host !== "127.0.0.1") offHost.push(host);
    });
    await page.addInitScript(probe(selector));
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __tti: Probe }).__tti.firstEvent !== null, null, { timeout: 120_000, polling: 50 });
    // Interactive once no long task has ended for QUIET_MS (and the first event is drawn).
    await page.waitForFunction((quiet) => {
      const p = (window as unknown as { __tti: Probe }).__tti;
      return performance.now() - Math.max(p.firstEvent ?? Infinity, p.lastLongTaskEnd) >= quiet;
    }, QUIET_MS, { timeout: 180_000, polling: 100 });
    const settled = await readProbe(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("Performance.enable");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
    const elements = await page.evaluate(() => document.getElementsByTagName("*").length);
    const target = await clickTarget(page, clickSelectors);
    let firstClickMs: number | null = null;
    if (target) {
      await page.mouse.click(target.x, target.y);
      await page.waitForFunction(() => (window as unknown as { __tti: Probe }).__tti.firstInput !== null, null, { timeout: 10_000, polling: 50 }).catch(() => {});
      firstClickMs = (await readProbe(page)).firstInput?.duration ?? null;
    }
    return {
      firstEventMs: Math.round(settled.firstEvent!),
      ttiMs: Math.round(Math.max(settled.firstEvent!, settled.lastLongTaskEnd)),
      longTasks: settled.longTasks,
      jsHeapMiB: Math.round((metric("JSHeapUsedSize") / 2 ** 20) * 10) / 10,
      domNodes: metric("Nodes"),
      elements,
      firstClickMs,
      offHostRequests: [...new Set(offHost)].sort(),
    };
  } finally {
    await context.close();
  }
}

async function measure(browser: Browser, label: string, url: string, selector: string, clickSelectors: string[]): Promise<Figures> {
  const loads: Load[] = [];
  for (let i = 0; i < LOADS; i++) loads.push(await oneLoad(browser, url, selector, clickSelectors));
  const median = (pick: (load: Load) => number) => medianOf(loads.map(pick));
  const clicks = loads.flatMap((l) => (l.firstClickMs === null ? [] : [l.firstClickMs]));
  const figures = {
    loads,
    firstEventMedianMs: median((l) => l.firstEventMs),
    ttiMedianMs: median((l) => l.ttiMs),
    jsHeapMedianMiB: median((l) => l.jsHeapMiB),
    domNodesMedian: median((l) => l.domNodes),
    elementsMedian: median((l) => l.elements),
    firstClickMedianMs: clicks.length ? medianOf(clicks) : null,
  };
  const offHost = [...new Set(loads.flatMap((l) => l.offHostRequests))];
  console.log(
    `${label}: first event drawn ${figures.firstEventMedianMs} ms, interactive ${figures.ttiMedianMs} ms (median of ${LOADS}: ${loads.map((l) => l.ttiMs).join(", ")}); ` +
      `JS heap ${figures.jsHeapMedianMiB} MiB, ${figures.domNodesMedian} DOM nodes (${figures.elementsMedian} elements); first click answered in ${figures.firstClickMedianMs ?? "?"} ms` +
      (offHost.length ? `; asked other hosts (blocked): ${offHost.join(", ")}` : ""),
  );
  return figures;
}

const CONTENT_TYPES: Record<string, string> = { ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf", ".eot": "application/vnd.ms-fontobject", ".html": "text/html" };

/** Every file of TimelineJS's dist/ under /tl/ (script_path /tl/js/ makes it find its CSS, fonts and locales there). */
function timelineJsFiles(dir = path.join(TIMELINEJS, "dist"), prefix = "/tl"): Record<string, readonly [string, Buffer]> {
  const files: Record<string, readonly [string, Buffer]> = {};
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) Object.assign(files, timelineJsFiles(full, `${prefix}/${name}`));
    else files[`${prefix}/${name}`] = [CONTENT_TYPES[path.extname(name)] ?? "application/octet-stream", readFileSync(full)];
  }
  return files;
}

/** A page with TimelineJS and the events: its data fetched after the page, as our site fetches its timeline file. */
function timelineJsPage(events: string): Promise<Served> {
  // The file the product's own export writes (lib/exports/timelinejs.ts): what a reader moving to TimelineJS would load.
  const data = timelineJs(exportInputOf(eventsFileSchema.parse(JSON.parse(readFileSync(events, "utf8"))), { url: null, title: DEFAULT_SITE_TITLE }));
  return serveFiles({
    ...timelineJsFiles(),
    "/": ["text/html", `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>TimelineJS</title><link rel="stylesheet" href="/tl/css/timeline.css"></head><body style="margin:0"><div id="timeline" style="width:100%;height:100vh"></div><script src="/tl/js/timeline.js"></script><script src="/main.js"></script></body></html>`],
    "/main.js": ["text/javascript", `fetch("/timeline.json").then((r) => r.json()).then((data) => { window.timeline = new TL.Timeline("timeline", data, { script_path: new URL("/tl/js/", location.href).href }); });`],
    "/timeline.json": ["application/json", JSON.stringify(data)],
  });
}

async function main() {
  const { file, madeFrom, distDir } = ensureSite(SIZE, "sample", args.includes("--build"));
  const events = eventsFileSchema.parse(JSON.parse(readFileSync(file, "utf8"))).events.length;
  const timelineJsVersion = (JSON.parse(readFileSync(path.join(TIMELINEJS, "package.json"), "utf8")) as { version: string }).version;
  // Only 127.0.0.1 resolves: nothing is downloaded, and a request elsewhere fails at once.
  const browser = await launchChromium(["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]);
  try {
    const site = await serveSite(distDir);
    let ours: Figures;
    try {
      ours = await measure(browser, `ours (${SIZE})`, site.url, ".vis-item", [".vis-item.tl-item", ".vis-item"]);
    } finally {
      await site.stop();
    }
    const page = await timelineJsPage(file);
    let timelineJs: Figures;
    try {
      timelineJs = await measure(browser, `TimelineJS ${timelineJsVersion}`, page.url, ".tl-timemarker-content-container", [".tl-timemarker:not(.tl-timemarker-active) .tl-timemarker-content-container", ".tl-timemarker-content-container"]);
    } finally {
      await page.stop();
    }
    const ratios = {
      tti: ratioOf(ours.ttiMedianMs, timelineJs.ttiMedianMs, 2),
      firstEvent: ratioOf(ours.firstEventMedianMs, timelineJs.firstEventMedianMs, 2),
      jsHeap: ratioOf(ours.jsHeapMedianMiB, timelineJs.jsHeapMedianMiB, 2),
      domNodes: ratioOf(ours.domNodesMedian, timelineJs.domNodesMedian, 2),
    };
    console.log(`\n${events} events                 ours   TimelineJS   ours / TimelineJS`);
    const row = (name: string, a: number | null, b: number | null, unit: string) =>
      console.log(`${name.padEnd(22)} ${`${a ?? "?"} ${unit}`.padStart(10)} ${`${b ?? "?"} ${unit}`.padStart(12)}   ${ratioOf(a, b, 2) ?? "?"}`);
    row("first event drawn", ours.firstEventMedianMs, timelineJs.firstEventMedianMs, "ms");
    row("time to interactive", ours.ttiMedianMs, timelineJs.ttiMedianMs, "ms");
    row("JS heap (after GC)", ours.jsHeapMedianMiB, timelineJs.jsHeapMedianMiB, "MiB");
    row("DOM nodes", ours.domNodesMedian, timelineJs.domNodesMedian, "");
    row("first click answered", ours.firstClickMedianMs, timelineJs.firstClickMedianMs, "ms");
    writeResult("timelinejs", {
      events,
      eventsFile: { file, madeFrom },
      timelineJsPackage: { name: "@knight-lab/timelinejs", version: timelineJsVersion, options: "defaults, script_path local" },
      viewport: "1280x900",
      loads: LOADS,
      quietMs: QUIET_MS,
      longTaskMs: LONG_TASK_MS,
      ours,
      timelineJs,
      ratiosOursOverTimelineJs: ratios,
    });
  } finally {
    await browser.close();
  }
}

await main();
