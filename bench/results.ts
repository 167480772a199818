/**
 * Where benchmarks put their figures: bench/results/<name>.json, with the machine they ran on,
 * so a figure is never read without its context. Timings are not deterministic by nature: these
 * files are committed as the last measured results, not compared byte for byte.
 */
import { cpus, totalmem } from "node:os";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The AFP corpus's events.json as bench/pipeline.ts last extracted it, for the benchmarks that need real events. */
export const AFP_EVENTS = "node_modules/.cache/diplomatic-timeline/bench/afp-events.json";

export function machine() {
  const cpu = cpus();
  return { cpus: cpu.length, cpuModel: cpu[0]?.model ?? "unknown", memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform}-${process.arch}` };
}

export function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function writeResult(name: string, result: object): void {
  const dir = join("bench", "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify({ benchmark: name, machine: machine(), ...result }, null, 2)}\n`);
}
