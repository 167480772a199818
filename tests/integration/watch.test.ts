/**
 * Issue 7, `npm run dev`'s watcher (pipeline/cli/watch.ts) on a temporary folder: a saved article
 * changes events.json; a broken one is reported as path:line:col and the last good events.json stays;
 * fixing it brings the events back. Nothing crashes on the way.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ExtractJson } from "../../pipeline/cli/extract-report";
import { watchAndExtract, type ExtractWatcher } from "../../pipeline/cli/watch";
import { temporaryFolders } from "./helpers";

const { tempDir } = temporaryFolders();

const article = (place: string, day: string) => `---\ntitle: Envoys meet in ${place}\npublished: ${day}\n---\nRussian Foreign Minister Sergei Lavrov met Secretary of State Antony Blinken in ${place} on Monday to discuss Ukraine.\n`;

let watcher: ExtractWatcher | null = null;
afterEach(() => watcher?.close());

/** The watcher on a fresh folder, with each run's result and log lines kept for the test to wait on. */
function start() {
  const inDir = tempDir("watch-in-");
  const outDir = tempDir("watch-out-");
  writeFileSync(join(inDir, "geneva.md"), article("Geneva", "2022-01-10"));
  const runs: ExtractJson[] = [];
  const log: string[] = [];
  const waiters: Array<() => void> = [];
  watcher = watchAndExtract({ inDir, args: ["--out", outDir, "--no-cache"], env: {}, debounceMs: 50, log: (line) => log.push(line), onRun: (r) => (runs.push(r), waiters.splice(0).forEach((w) => w())) });
  /** Resolves with the first run after now. */
  const nextRun = () => new Promise<ExtractJson>((resolve) => waiters.push(() => resolve(runs.at(-1)!)));
  const events = () => readFileSync(join(outDir, "events.json"), "utf8");
  return { inDir, outDir, log, runs, nextRun, events };
}

describe("npm run dev's watcher", () => {
  it("extracts again when an article is saved, and keeps the last good events.json when one is broken", async () => {
    const { inDir, log, nextRun, events } = start();
    const first = await watcher!.run();
    expect(first).toMatchObject({ ok: true, summary: { articles: 1 } });
    const titles = () => (JSON.parse(events()) as { articles: Array<{ title: string }> }).articles.map((a) => a.title);
    expect(titles()).toEqual(["Envoys meet in Geneva"]);

    let run = nextRun();
    writeFileSync(join(inDir, "vienna.md"), article("Vienna", "2022-01-17"));
    expect(await run).toMatchObject({ ok: true, summary: { articles: 2 } });
    expect(titles()).toEqual(["Envoys meet in Geneva", "Envoys meet in Vienna"]);
    expect(log.at(-1)).toMatch(/^extract: 2 articles → \d+ events \(0 undated, 0 warnings\) in [\d.]+s; events\.json updated$/);

    const good = events();
    run = nextRun();
    writeFileSync(join(inDir, "feed.jsonl"), '{"text": "fine"}\n{"text": broken}\n');
    expect(await run).toMatchObject({ ok: false, problems: [{ path: "feed.jsonl", line: 2, column: 17 }] });
    expect(events()).toBe(good);
    expect(log.slice(-2)).toEqual([
      expect.stringMatching(new RegExp(`^${join(inDir, "feed.jsonl").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2:17: invalid JSON`)),
      "extract: 1 problem; the last good events.json is kept (fix the file and save it again)",
    ]);

    run = nextRun();
    rmSync(join(inDir, "feed.jsonl"));
    expect(await run).toMatchObject({ ok: true, summary: { articles: 2 } });
  });

  it("runs once more after a run when files change during it, never two at a time", async () => {
    const { inDir, runs } = start();
    const first = watcher!.run();
    // Asked again while it runs: the same run answers (no second extraction beside it)...
    const second = watcher!.run();
    const third = watcher!.run();
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect((await Promise.all([first, second, third])).every((r) => r.ok)).toBe(true);
    // ...and it extracts once more after the first, once for both requests: two extractions, in turn.
    expect(runs).toHaveLength(2);
    writeFileSync(join(inDir, "vienna.md"), article("Vienna", "2022-01-17"));
    expect((await watcher!.run()).summary?.articles).toBe(2);
  });
});
