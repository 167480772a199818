#!/usr/bin/env node
/**
 * Saves the README's screenshots: the timeline at 1280x800 with an event selected (the first
 * dated event with the most sources), the same in dark mode with country lanes, and a 360x740
 * phone with the event's bottom sheet open. Starts `next start` on a spare port unless
 * SCREENSHOT_URL points at a running site. Needs a build (`npm run build`) first.
 */
import { spawn } from "node:child_process";
import { readFileSync, mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log("Usage: npm run screenshot\n\nSaves docs/screenshot.png, docs/screenshot-dark.png and docs/screenshot-phone.png from the built site\n(npm run build first). Takes no arguments: SCREENSHOT_URL=http://host:port uses a running site instead\nof starting `next start` on port 3102.");
  process.exit(0);
}

const PORT = 3102;
const base = process.env.SCREENSHOT_URL ?? `http://localhost:${PORT}`;
const file = JSON.parse(readFileSync("data/generated/events.json", "utf8"));
const dated = file.events.filter((e) => e.date).sort((a, b) => b.sources.length - a.sources.length);
const event = dated[0] ?? file.events[0];
if (!event) throw new Error("events.json has no events to show");

let server = null;
if (!process.env.SCREENSHOT_URL) {
  // Run Next's CLI directly (not through npx) so that killing this child stops the server.
  server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], { stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  for (let i = 0; ; i++) {
    if (await fetch(base).then((r) => r.ok, () => false)) break;
    if (i > 60) throw new Error(`no server on ${base}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
/** One screenshot: a viewport, an address, optionally dark. */
async function shoot({ file, width, height, path, dark = false, mobile = false }) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: dark ? "dark" : "light", isMobile: mobile, hasTouch: mobile, deviceScaleFactor: mobile ? 2 : 1 });
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  await page.locator(".vis-timeline").waitFor({ state: "visible" });
  await page.waitForTimeout(300); // let vis finish its first layout pass
  await page.screenshot({ path: file });
  await context.close();
  console.log(`${file}: ${path}`);
}

try {
  mkdirSync("docs", { recursive: true });
  const path = `/events/${encodeURIComponent(event.id)}/`;
  await shoot({ file: "docs/screenshot.png", width: 1280, height: 800, path });
  await shoot({ file: "docs/screenshot-dark.png", width: 1280, height: 800, path: `${path}?lanes=country`, dark: true });
  await shoot({ file: "docs/screenshot-phone.png", width: 360, height: 740, path, mobile: true });
} finally {
  await browser.close();
  server?.kill();
}
