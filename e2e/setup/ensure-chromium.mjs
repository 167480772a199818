#!/usr/bin/env node
// Browser tests run in Debian's Chromium, never in a browser downloaded by Playwright
// (this machine reaches only the npm registry and Debian's apt repositories).
// When it is missing and we are root, install it with apt; otherwise stop with a clear message.
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

if (existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot || process.env.CHROMIUM_PATH) {
  console.error(
    `Browser tests need Debian's Chromium at ${CHROMIUM}, and it is missing.\n` +
      `Install it as root with:  apt-get update && apt-get install -y chromium\n` +
      `(or point CHROMIUM_PATH at another Chromium). Never 'npx playwright install': it downloads a browser.`,
  );
  process.exit(1);
}

console.log(`Chromium is missing: installing Debian's chromium with apt (we are root)...`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
try {
  execFileSync("apt-get", ["update", "-q"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-q", "--no-install-recommends", "chromium", "fonts-liberation"], { stdio: "inherit", env });
} catch (error) {
  console.error(`apt-get could not install chromium: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`apt-get finished but ${CHROMIUM} is still missing.`);
  process.exit(1);
}
console.log(`Chromium installed at ${CHROMIUM}.`);
