#!/usr/bin/env node
/**
 * Main-thread blocking after load, the way Lighthouse's TBT counts it (each long task's time
 * over 50 ms), in Debian's Chromium with the CPU slowed 4× like Lighthouse's mobile preset.
 * Steadier than a Lighthouse run for comparing two builds: it repeats the load and prints
 * the median and every run.
 *   node bench/blocking-time.mjs URL [runs=7]
 */
import { chromium } from "@playwright/test";

const [url, runsArg = "7"] = process.argv.slice(2);
if (!url) throw new Error("usage: node bench/blocking-time.mjs URL [runs]");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const results = [];
for (let i = 0; i < Number(runsArg); i++) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__tasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(url, { waitUntil: "load" });
  await page.locator(".vis-timeline").waitFor({ state: "visible" }).catch(() => {});
  await page.waitForTimeout(3000); // let late work (the chart's first draws) land
  const tasks = await page.evaluate(() => window.__tasks);
  const blocking = tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
  results.push({ blocking, tasks });
  await context.close();
}
await browser.close();
const sorted = results.map((r) => r.blocking).sort((a, b) => a - b);
console.log(`${url}: blocking time median ${sorted[Math.floor(sorted.length / 2)]} ms over ${sorted.length} loads (all: ${sorted.join(", ")})`);
if (process.env.VERBOSE) for (const r of results) console.log(JSON.stringify(r.tasks));
