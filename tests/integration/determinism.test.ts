/**
 * Deterministic: the same articles (and the same id registry) give byte-identical events.json,
 * report.json, id-registry.json and the exports (events.csv, events.ics, timelinejs.json, plover.jsonl), whether the work comes from the cache or is done again.
 * What `next build` varies on top of that is measured in docs/determinism.md.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const FILES = ["events.json", "report.json", "id-registry.json", "events.csv", "events.ics", "timelinejs.json", "plover.jsonl"];

function extractInto(inDir: string, registry: string | null, ...args: string[]): Record<string, string> {
  const out = mkdtempSync(join(tmpdir(), "determinism-out-"));
  if (registry) copyFileSync(registry, join(out, "id-registry.json"));
  const run = spawnSync(TSX, [join(ROOT, "pipeline/cli/extract.ts"), "--in", inDir, "--out", out, "--quiet", ...args], { encoding: "utf8", cwd: ROOT });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return Object.fromEntries(FILES.map((name) => [name, readFileSync(join(out, name), "utf8")]));
}

describe("two extracts of the same input", () => {
  it("write byte-identical files, from the cache or not, in fresh folders", () => {
    const seeds = join(ROOT, "data/articles");
    const a = extractInto(seeds, null, "--no-cache");
    const b = extractInto(seeds, null);
    const c = extractInto(seeds, null);
    for (const name of FILES) {
      expect(b[name], name).toBe(a[name]);
      expect(c[name], name).toBe(a[name]);
    }
  });

  it("write byte-identical files when both update the same registry", () => {
    // A registry from an earlier state of the collection: one article held a paragraph more.
    const earlier = mkdtempSync(join(tmpdir(), "determinism-in-"));
    cpSync(join(ROOT, "data/articles"), earlier, { recursive: true });
    writeFileSync(join(earlier, "extra.md"), "---\ntitle: Envoys meet\npublished: 2022-01-05\n---\nThe French and German envoys met in Kyiv on Wednesday to discuss the crisis.\n");
    const start = join(mkdtempSync(join(tmpdir(), "determinism-registry-")), "id-registry.json");
    writeFileSync(start, extractInto(earlier, null)["id-registry.json"]!);

    const seeds = join(ROOT, "data/articles");
    const a = extractInto(seeds, start, "--no-cache");
    const b = extractInto(seeds, start);
    for (const name of FILES) expect(b[name], name).toBe(a[name]);
    expect(JSON.parse(a["report.json"]!).ids.changes.length).toBeGreaterThan(0);
  });
});
