import { existsSync, readFileSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests run in Debian's Chromium (never a browser downloaded by Playwright).
 * Two servers: `next start` for the server build (.next/, made by `next build`) and a tiny
 * static file server for the static export (out/, made by `npm run export`).
 */
/**
 * `next build` with NEXT_OUTPUT=export (npm run export) rewrites .next/ with an export build.
 * `next start` then serves pages, but its client fetches the export's `index.txt` payloads,
 * which only exist in out/, so every in-app navigation silently becomes a full page load.
 * Refuse to test that: the server build must be the last build.
 */
const serverFiles = ".next/required-server-files.json";
if (existsSync(serverFiles) && JSON.parse(readFileSync(serverFiles, "utf8")).config?.output === "export") {
  throw new Error(".next/ holds a static-export build (npm run export ran last): run `npm run build` before the browser tests.");
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// E2E_PORT moves both servers (the static one is the next port), so two checkouts can test side by side.
const SERVER_PORT = Number(process.env.E2E_PORT ?? 3100);
const STATIC_PORT = SERVER_PORT + 1;
// The hostile-input test's own site (e2e/hostile/server.ts), built from hostile articles, two ports up,
// and its static export, three ports up.
const HOSTILE_PORT = SERVER_PORT + 2;
const HOSTILE_STATIC_PORT = SERVER_PORT + 3;

/** The projects named on the command line (`--project=a`, `--project a`); none when every project runs. */
function requestedProjects(argv: readonly string[]): string[] {
  return argv.flatMap((arg, i) => (arg.startsWith("--project=") ? [arg.slice("--project=".length)] : arg === "--project" && argv[i + 1] ? [argv[i + 1]!] : []));
}
const requested = requestedProjects(process.argv);
/** A name given to --project as Playwright reads it: whole, any case, `*` matching anything. */
const projectPattern = (name: string) => new RegExp(`^${name.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`, "i");
/** Whether a project runs: every one when none is named, else those named. */
const runs = (project: string) => requested.length === 0 || requested.some((name) => projectPattern(name).test(project));
// Building the hostile site takes ~30 s, its export as long: each only when its project runs (each
// server builds the site when it is stale, so either runs alone).
const runsHostile = runs("hostile");
const runsHostileStatic = runs("hostile-static");
// The site served under a base path (e2e/base-path/server.ts), four ports up: the same, for its project.
const BASE_PATH_PORT = SERVER_PORT + 4;
const runsBasePath = runs("base-path");
const runsBasePathStatic = runs("base-path-static");
// The same site's static export, served under /timeline as a static host would, six ports up.
const BASE_PATH_STATIC_PORT = SERVER_PORT + 6;
// `npm run dev` on a temporary articles folder (e2e/dev/server.ts), five ports up: for its project only.
const DEV_PORT = SERVER_PORT + 5;
const runsDev = runs("dev");

export default defineConfig({
  testDir: "e2e",
  workers: 2,
  retries: 0,
  reporter: "list",
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://localhost:${SERVER_PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: CHROMIUM,
      // We run as root on a closed network: without these Chromium stalls or refuses to start.
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "server", testIgnore: ["**/static-export.spec.ts", "**/hostile/**", "**/base-path/**", "**/dev/**"], use: { ...devices["Desktop Chrome"] } },
    // The security headers are tested in both: each ships them its own way (docs/security.md).
    { name: "static", testMatch: ["**/static-export.spec.ts", "**/security-headers.spec.ts"], use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${STATIC_PORT}` } },
    { name: "hostile", testMatch: "**/hostile/*.spec.ts", use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${HOSTILE_PORT}` } },
    // The origin only: the spec names the /timeline/ addresses itself, as a visitor types them.
    { name: "base-path", testMatch: "**/base-path/*.spec.ts", use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${BASE_PATH_PORT}` } },
    // The same tests on the static export under the base path (its _redirects rules and files).
    { name: "base-path-static", testMatch: "**/base-path/*.spec.ts", use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${BASE_PATH_STATIC_PORT}` } },
    // The app shells of a static host (its _redirects rules), on the hostile site's export.
    { name: "hostile-static", testMatch: ["**/hostile/article-shell.spec.ts", "**/hostile/unknown-ids.spec.ts"], use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${HOSTILE_STATIC_PORT}` } },
    // `npm run dev`'s live reload: a saved article reaches the open timeline.
    { name: "dev", testMatch: "**/dev/*.spec.ts", use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${DEV_PORT}` } },
  ],
  webServer: [
    {
      command: `npx next start -p ${SERVER_PORT}`,
      url: `http://localhost:${SERVER_PORT}/`,
      reuseExistingServer: !process.env.CI,
      env: { NEXT_TELEMETRY_DISABLED: "1" },
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-static.mjs out ${STATIC_PORT}`,
      url: `http://localhost:${STATIC_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    ...(runsHostile
      ? [
          {
            // Builds .hostile/ first when it is older than .next/ (see the file).
            command: `npx tsx e2e/hostile/server.ts ${HOSTILE_PORT}`,
            url: `http://localhost:${HOSTILE_PORT}/`,
            reuseExistingServer: !process.env.CI,
            timeout: 300_000,
          },
        ]
      : []),
    ...(runsHostileStatic
      ? [
          {
            // After the one above when both run (web servers start in turn): exports the site, built first when stale.
            command: `npx tsx e2e/hostile/server.ts --static ${HOSTILE_STATIC_PORT}`,
            url: `http://localhost:${HOSTILE_STATIC_PORT}/`,
            reuseExistingServer: !process.env.CI,
            timeout: 300_000,
          },
        ]
      : []),
    ...(runsBasePath
      ? [
          {
            // Builds .base-path/ first when it is older than .next/ (see the file).
            command: `npx tsx e2e/base-path/server.ts ${BASE_PATH_PORT}`,
            url: `http://localhost:${BASE_PATH_PORT}/timeline/`,
            reuseExistingServer: !process.env.CI,
            timeout: 300_000,
          },
        ]
      : []),
    ...(runsBasePathStatic
      ? [
          {
            // After the one above when both run (web servers start in turn): exports the site, built first when stale.
            command: `npx tsx e2e/base-path/server.ts --static ${BASE_PATH_STATIC_PORT}`,
            url: `http://localhost:${BASE_PATH_STATIC_PORT}/timeline/`,
            reuseExistingServer: !process.env.CI,
            timeout: 300_000,
          },
        ]
      : []),
    ...(runsDev
      ? [
          {
            // Last: next dev points tsconfig.json at its folder until it stops, and the builds above
            // put that file back after their own build. Its first answer compiles the page (slow).
            command: `node --import tsx e2e/dev/server.ts ${DEV_PORT}`,
            url: `http://localhost:${DEV_PORT}/`,
            reuseExistingServer: !process.env.CI,
            timeout: 300_000,
            // Not SIGKILL: the server removes its temporary folder and puts tsconfig.json back.
            gracefulShutdown: { signal: "SIGTERM" as const, timeout: 30_000 },
          },
        ]
      : []),
  ],
});
