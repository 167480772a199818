/**
 * Lighthouse and initial JavaScript on the seeds' site and the 10,000-event site (issue 6: Lighthouse
 * ≥ 95 on the seeds, ≥ 90 and initial JS ≤ 200 KB gzip at 10,000 events), in one run: each site
 * (.scale/seeds from `npm run extract`'s events, .scale/10k as bench/viewer.ts builds it; built when
 * missing) served by `next start`, then
 *   - Lighthouse 12 (mobile, its default simulated throttling) on the home page and the first event's
 *     page, in Debian's Chromium, RUNS times each (its score moves by several points from run to run
 *     on this machine): the median run's four category scores and LCP, TBT, CLS, TTI, and every run's
 *     performance score. Lighthouse is not a dependency: `npx --prefer-offline lighthouse@12` takes
 *     it from npx's cache, or from the npm registry the first time. When it cannot run, the result
 *     says why and the other figures stand.
 *   - initial JS of the same pages (bench/initial-js.mjs): the scripts their HTML loads, gzip level 9.
 * Writes bench/results/lighthouse.json.
 *   npx tsx bench/lighthouse.ts [--site 10k] [--build] [--runs 3]
 *   npx tsx bench/lighthouse.ts --url URL [URL...]   Lighthouse alone on pages of a running server
 *       (bash bench/lighthouse.sh), printed and not written
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CHROMIUM, CHROMIUM_ARGS, option, writeResult, type InitialJs, type LighthousePage, type LighthouseSite, type NotMeasured } from "./results";
import { ensureSeedsSite, ensureSite, serveSite } from "./site";

const args = process.argv.slice(2);
const SITE = option("--site") ?? "10k";
const RUNS = Number(option("--runs") ?? 3);
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_ARGS].join(" ");

interface LighthouseReport {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

/** Lighthouse on one page RUNS times: the median run (by performance score), with every run's score. */
function lighthouse(url: string): LighthousePage | NotMeasured {
  const runs: LighthousePage[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = lighthouseRetried(url);
    if ("error" in run) return run;
    runs.push(run);
  }
  const scores = runs.map((r) => r.scores.performance ?? 0);
  const median = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0))[Math.floor(runs.length / 2)]!;
  return { ...median, performanceRuns: scores };
}

/** A run that fails (e.g. NO_NAVSTART, which Lighthouse itself says to retry on a busy machine) is tried again, up to ATTEMPTS times. */
const ATTEMPTS = 3;
function lighthouseRetried(url: string): LighthousePage | NotMeasured {
  let result = lighthouseOnce(url);
  for (let attempt = 1; attempt < ATTEMPTS && "error" in result; attempt++) result = lighthouseOnce(url);
  return result;
}

function lighthouseOnce(url: string): LighthousePage | NotMeasured {
  const out = mkdtempSync(path.join(tmpdir(), "bench-lighthouse-"));
  try {
    const report = path.join(out, "report.json");
    const run = spawnSync("npx", ["--yes", "--prefer-offline", "lighthouse@12", url, "--quiet", `--chrome-path=${CHROMIUM}`, `--chrome-flags=${CHROME_FLAGS}`, "--output=json", `--output-path=${report}`], { encoding: "utf8", timeout: 300_000 });
    if (run.status !== 0) {
      const said = (run.stderr || run.stdout).split("\n").filter((line) => line.trim() && !line.startsWith("npm warn"));
      return { url, error: `lighthouse exited ${run.status ?? run.signal}: ${said.slice(-2).join(" ")}` };
    }
    const r = JSON.parse(readFileSync(report, "utf8")) as LighthouseReport;
    const score = (id: string) => (r.categories[id]?.score == null ? null : Math.round(r.categories[id]!.score! * 100));
    const ms = (id: string) => Math.round(r.audits[id]?.numericValue ?? NaN);
    return {
      url,
      lighthouse: r.lighthouseVersion,
      performanceRuns: [score("performance") ?? 0],
      scores: { performance: score("performance"), accessibility: score("accessibility"), bestPractices: score("best-practices"), seo: score("seo") },
      lcpMs: ms("largest-contentful-paint"),
      tbtMs: ms("total-blocking-time"),
      cls: Math.round((r.audits["cumulative-layout-shift"]?.numericValue ?? NaN) * 1000) / 1000,
      ttiMs: ms("interactive"),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** bench/initial-js.mjs's summary line, as numbers. */
function initialJs(url: string): InitialJs | NotMeasured {
  const run = spawnSync(process.execPath, ["bench/initial-js.mjs", url], { encoding: "utf8" });
  const summary = /(\d+) scripts, ([\d.]+) KB gzip \(([\d.]+) KB raw\), plus ([\d.]+) KB gzip inline/.exec(run.stdout);
  if (run.status !== 0 || !summary) return { url, error: `initial-js.mjs exited ${run.status}: ${run.stderr.trim().split("\n").pop()}` };
  return { url, scripts: Number(summary[1]), gzipKB: Number(summary[2]), rawKB: Number(summary[3]), inlineGzipKB: Number(summary[4]) };
}

function print(r: LighthousePage | NotMeasured) {
  if ("error" in r) console.log(`${r.url}: Lighthouse did not run (${r.error})`);
  else console.log(`${r.url}: Lighthouse ${r.lighthouse} performance ${r.scores.performance} (runs ${r.performanceRuns.join(", ")}), accessibility ${r.scores.accessibility}, best practices ${r.scores.bestPractices}, SEO ${r.scores.seo} (LCP ${r.lcpMs} ms, TBT ${r.tbtMs} ms, CLS ${r.cls}, TTI ${r.ttiMs} ms)`);
}

/** Both measures on a site's home page and first event's page. */
async function measureSite(label: string, bar: number, { file, madeFrom, distDir }: { file: string; madeFrom: string; distDir: string }): Promise<LighthouseSite> {
  const firstEvent = (JSON.parse(readFileSync(file, "utf8")) as { events: Array<{ id: string }> }).events[0]?.id;
  const site = await serveSite(distDir);
  try {
    const pages = [site.url, ...(firstEvent ? [new URL(`events/${firstEvent}/`, site.url).href] : [])];
    const initial = pages.map(initialJs);
    const reports = pages.map(lighthouse);
    console.log(`${label} (bar: performance ≥ ${bar})`);
    for (const r of initial) console.log("error" in r ? `${r.url}: initial JS not measured (${r.error})` : `${r.url}: initial JS ${r.gzipKB} KB gzip in ${r.scripts} scripts (${r.rawKB} KB raw), plus ${r.inlineGzipKB} KB gzip inline`);
    reports.forEach(print);
    // Addresses without the port: the figures are about the pages, not where this run served them.
    const page = (url: string) => new URL(url).pathname;
    return {
      site: label,
      eventsFile: { file: path.relative(process.cwd(), file), madeFrom },
      bar,
      initialJs: initial.map((r) => ({ ...r, url: page(r.url) })),
      pages: reports.map((r) => ({ ...r, url: page(r.url) })),
    };
  } finally {
    await site.stop();
  }
}

/** The seeds' site, then the big one; writes lighthouse.json. */
async function measureSites() {
  const rebuild = args.includes("--build");
  const sites = [await measureSite("seeds", 95, ensureSeedsSite(rebuild)), await measureSite(SITE, 90, ensureSite(SITE, "copies", rebuild))];
  writeResult("lighthouse", { formFactor: "mobile (Lighthouse default, simulated throttling)", sites });
}

const urls = args.includes("--url") ? args.slice(args.indexOf("--url") + 1) : null;
if (urls) urls.map(lighthouse).forEach(print);
else await measureSites();
