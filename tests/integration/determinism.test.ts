/**
 * Deterministic: the same articles (and the same id registry) give byte-identical events.json,
 * report.json, id-registry.json and the exports (events.csv, events.ics, timelinejs.json, plover.jsonl), whether the work comes from the cache or is done again.
 * What `next build` varies on top of that is measured in docs/determinism.md.
 */
import { copyFileSync, cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractProcess, SEEDS, temporaryFolders } from "./helpers";

const { tempDir } = temporaryFolders();
const FILES = ["events.json", "report.json", "id-registry.json", "events.csv", "events.ics", "timelinejs.json", "plover.jsonl"];

function extractInto(inDir: string, registry: string | null, ...args: string[]): Record<string, string> {
  const out = tempDir("determinism-out-");
  if (registry) copyFileSync(registry, join(out, "id-registry.json"));
  const run = extractProcess(["--in", inDir, "--out", out, "--quiet", ...args]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return Object.fromEntries(FILES.map((name) => [name, readFileSync(join(out, name), "utf8")]));
}

describe("two extracts of the same input", () => {
  it("write byte-identical files, from the cache or not, in fresh folders", () => {
    const a = extractInto(SEEDS, null, "--no-cache");
    const b = extractInto(SEEDS, null);
    const c = extractInto(SEEDS, null);
    for (const name of FILES) {
      expect(b[name], name).toBe(a[name]);
      expect(c[name], name).toBe(a[name]);
    }
  });

  it("write byte-identical files when both update the same registry", () => {
    // A registry from an earlier state of the collection: one article held a paragraph more.
    const earlier = tempDir("determinism-in-");
    cpSync(SEEDS, earlier, { recursive: true });
    writeFileSync(join(earlier, "extra.md"), "---\ntitle: Envoys meet\npublished: 2022-01-05\n---\nThe French and German envoys met in Kyiv on Wednesday to discuss the crisis.\n");
    const start = join(tempDir("determinism-registry-"), "id-registry.json");
    writeFileSync(start, extractInto(earlier, null)["id-registry.json"]!);

    const a = extractInto(SEEDS, start, "--no-cache");
    const b = extractInto(SEEDS, start);
    for (const name of FILES) expect(b[name], name).toBe(a[name]);
    expect(JSON.parse(a["report.json"]!).ids.changes.length).toBeGreaterThan(0);
  });
});
