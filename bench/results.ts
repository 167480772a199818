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

export function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Writes bench/results/<name>.json. `load` is the 1-, 5- and 15-minute load average when the figures
 * were written: on a 2-core machine, anything near 2 means the figures were measured while busy.
 */
export function writeResult(name: string, result: object): void {
  const dir = join("bench", "results");
  mkdirSync(dir, { recursive: true });
  const load = loadavg().map((n) => Math.round(n * 100) / 100);
  const context = { benchmark: name, command: command(), date: new Date().toISOString().slice(0, 10), load, machine: machine() };
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify({ ...context, ...result }, null, 2)}\n`);
}
