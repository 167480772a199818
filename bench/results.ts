/**
 * Where benchmarks put their figures: bench/results/<name>.json, with the machine they ran on, the
 * command that made them and how busy the machine was, so a figure is never read without its context.
 * Timings are not deterministic by nature: these files are committed as the last measured results,
 * not compared byte for byte. docs/performance.md is generated from them (bench/performance-doc.ts).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join, relative } from "node:path";

/** The AFP corpus's events.json as bench/pipeline.ts last extracted it, for the benchmarks that need real events. */
export const AFP_EVENTS = "node_modules/.cache/diplomatic-timeline/bench/afp-events.json";

/** Debian's Chromium, as the browser tests use (never a downloaded one). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Its flags, as playwright.config.ts gives them: we run as root on a closed network, and without these Chromium stalls or refuses to start. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

let chromiumVersion: string | undefined;
/** "Chromium 156.0.8078.79" (Debian's wrapper prints more after it), or "not found". */
function chromium(): string {
  if (chromiumVersion === undefined) {
    const out = spawnSync(CHROMIUM, ["--version"], { encoding: "utf8" });
    chromiumVersion = /Chromium [\d.]+/.exec(out.stdout ?? "")?.[0] ?? "not found";
  }
  return chromiumVersion;
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  chromium: string;
  platform: string;
}

export function machine(): Machine {
  const cpu = cpus();
  return { cpus: cpu.length, cpuModel: cpu[0]?.model ?? "unknown", memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: chromium(), platform: `${process.platform}-${process.arch}` };
}

/** The command line that ran this benchmark, as one would type it again. */
export function command(): string {
  const script = process.argv[1] ? relative(process.cwd(), process.argv[1]) : "?";
  return ["npx tsx", script, ...process.argv.slice(2)].join(" ");
}

/**
 * ours / theirs, the one way every comparison is made: null when either figure is missing or not a
 * number, or theirs is 0. `digits` rounds it, as the result files keep it: to that many decimals,
 * or to that many significant digits when it is smaller than those decimals show (16.8 ms against
 * 6,249.8 is 0.0027, not 0).
 */
export function ratioOf(ours: number | null | undefined, theirs: number | null | undefined, digits?: number): number | null {
  if (ours == null || theirs == null || !Number.isFinite(ours) || !Number.isFinite(theirs) || theirs === 0) return null;
  const ratio = ours / theirs;
  if (digits === undefined) return ratio;
  const rounded = Math.round(ratio * 10 ** digits) / 10 ** digits;
  return rounded === 0 && ratio !== 0 ? Number(ratio.toPrecision(digits)) : rounded;
}

/** A site's events from its label: "10k" → 10000, "1k" → 1000, "2500" → 2500, "10k-before" (another build of the 10k site) → 10000; null for a label that names none ("mine"). */
export function sizeOf(label: string): number | null {
  const match = /^(\d+)(k?)$/.exec(label.split("-")[0]!);
  return match ? Number(match[1]) * (match[2] ? 1000 : 1) : null;
}

/** The value after `name` on this benchmark's command line (`--sizes 10k,100k`), if it is there. */
export function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

export function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

// ---------------------------------------------------------------- what the result files hold
// Written by the benchmarks (writeResult checks each against its type) and read by bench/performance-doc.ts.

/** What writeResult adds to every result file. */
export interface Context {
  benchmark: string;
  command: string;
  date: string;
  load: number[];
  machine: Machine;
}

/** Where a benchmark's events came from (bench/site.ts eventsFile). */
export interface EventsFileNote {
  file: string;
  madeFrom: string;
}

/** bench/dates.ts, for ours and for raw chrono-node. */
export interface DateFigures {
  medianMs: number;
  docsPerSecond: number;
  charsPerSecond: number;
  found: number;
  valueF1: number;
  spanF1: number;
  dateValueAccuracy: number;
}
export interface DatesResult {
  corpus: string;
  documents: number;
  goldTimexes: number;
  runs: number;
  ours: DateFigures;
  rawChrono: DateFigures;
}

/** One run of the extract CLI (bench/pipeline.ts). */
export interface PipelineRun {
  seconds: number;
  maxRssMiB: number;
  summary: string;
}
export interface PipelineResult {
  corpus: string;
  cold: PipelineRun;
  warm: PipelineRun;
  oneEdit: PipelineRun;
  perArticle: { articles: number; medianMs: number; p99Ms: number; slowest: Array<{ id: string; chars: number; ms: number }> };
  adversarial: { articles: number; chars: number; slowest: Array<{ name: string; chars: number; ms: number }> };
}

/** One events file's /data/timeline.json (bench/timeline-file.ts). */
export interface TimelineFileRow {
  file: string;
  events: number;
  articles: number;
  bytes: number;
  gzipBytes: number;
  gzipBytesPerEvent: number;
  articleTitlesGzipBytes: number;
  articleTitlesGzipBytesPerEvent: number;
  decodeMs: number;
}
export interface TimelineFileResult {
  rows: TimelineFileRow[];
}

/** bench/viewer.ts, for our site and for plain vis-timeline. */
export interface ViewerFigures {
  firstDrawMs: number[];
  firstDrawMedianMs: number;
  frameP50Ms: number;
  frameP95Ms: number;
  frames: number;
  maxItemsMounted: number;
}
export interface ViewerResult {
  site: string;
  /** A site that was already running (--url). */
  url?: string;
  eventsFile?: EventsFileNote;
  /** When the site was built in the run. */
  buildSeconds?: number;
  viewport: string;
  loads: number;
  moveMs: number;
  ours: ViewerFigures;
  plain: (ViewerFigures & { events: number }) | null;
  ratiosOursOverPlain: { firstDraw: number | null; frameP50: number | null; frameP95: number | null; maxItemsMounted: number | null } | null;
}

/** One page load (bench/timelinejs.ts). */
export interface TimelineJsLoad {
  firstEventMs: number;
  ttiMs: number;
  /** [start, duration] of each long task until interactive, ms: what the time to interactive waited for. */
  longTasks: Array<[number, number]>;
  jsHeapMiB: number;
  domNodes: number;
  elements: number;
  firstClickMs: number | null;
  offHostRequests: string[];
}
export interface TimelineJsFigures {
  loads: TimelineJsLoad[];
  firstEventMedianMs: number;
  ttiMedianMs: number;
  jsHeapMedianMiB: number;
  domNodesMedian: number;
  elementsMedian: number;
  firstClickMedianMs: number | null;
}
export interface TimelineJsResult {
  events: number;
  eventsFile: EventsFileNote;
  timelineJsPackage: { name: string; version: string; options: string };
  viewport: string;
  loads: number;
  quietMs: number;
  longTaskMs: number;
  ours: TimelineJsFigures;
  timelineJs: TimelineJsFigures;
  ratiosOursOverTimelineJs: { tti: number | null; firstEvent: number | null; jsHeap: number | null; domNodes: number | null };
}

/** A page bench/lighthouse.ts could not measure, and why. */
export interface NotMeasured {
  url: string;
  error: string;
}
export interface LighthousePage {
  url: string;
  lighthouse: string;
  /** The performance score of each run; the page's figures are those of the median run. */
  performanceRuns: number[];
  scores: { performance: number | null; accessibility: number | null; bestPractices: number | null; seo: number | null };
  lcpMs: number;
  tbtMs: number;
  cls: number;
  ttiMs: number;
}
/** bench/initial-js.mjs's figures of a page. */
export interface InitialJs {
  url: string;
  scripts: number;
  gzipKB: number;
  rawKB: number;
  inlineGzipKB: number;
}
export interface LighthouseSite {
  site: string;
  eventsFile: EventsFileNote;
  /** The performance score issue 6 asks of this site. */
  bar: number;
  initialJs: Array<InitialJs | NotMeasured>;
  pages: Array<LighthousePage | NotMeasured>;
}
export interface LighthouseResult {
  formFactor: string;
  sites: LighthouseSite[];
}

/** Each result file's name (without .json) and what it holds. */
export interface ResultFiles {
  dates: DatesResult;
  pipeline: PipelineResult;
  "timeline-file": TimelineFileResult;
  timelinejs: TimelineJsResult;
  lighthouse: LighthouseResult;
  [viewer: `viewer-${string}`]: ViewerResult;
}
export type ResultName = keyof ResultFiles;
/** A result file as read back: one written before a field of the context existed lacks it. */
export type Stored<N extends ResultName> = ResultFiles[N] & Partial<Context>;

/**
 * Writes bench/results/<name>.json. `load` is the 1-, 5- and 15-minute load average when the figures
 * were written: on a 2-core machine, anything near 2 means the figures were measured while busy.
 */
export function writeResult<N extends ResultName>(name: N, result: ResultFiles[N]): void {
  const dir = join("bench", "results");
  mkdirSync(dir, { recursive: true });
  const load = loadavg().map((n) => Math.round(n * 100) / 100);
  const context = { benchmark: name, command: command(), date: new Date().toISOString().slice(0, 10), load, machine: machine() };
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify({ ...context, ...result }, null, 2)}\n`);
}
