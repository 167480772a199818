/**
 * `npm run dev`'s watcher: extracts again whenever an article (or the site config) changes, so the
 * open timeline shows the new events without a restart. Runs the real extract command in-process
 * with `--json`, one run at a time: changes during a run make one more run after it. The content-hash
 * cache makes a run after one edit fast (only that article's events are computed again).
 *
 * A bad file never stops it: the extract command writes nothing when there is a problem, so the last
 * good events.json stays, and each problem is printed as `path:line:col: message` with the path from
 * the current folder, so editors and terminals open the file at the place.
 */
import { watch, type FSWatcher } from "node:fs";
import { basename, isAbsolute, join, resolve } from "node:path";
import { groupDigits, plural } from "../../lib/format";
import { displayPath } from "../../lib/site-config";
import { formatAt } from "../errors";
import type { ExtractJson, LocatedMessage } from "./extract-report";
import { runExtract } from "./run-extract";

export interface ExtractWatchOptions {
  inDir: string;
  /** More extract arguments (--out, --registry, --config...). */
  args?: string[];
  /** Files outside the articles folder that also call for a run (the site config). */
  alsoWatch?: string[];
  env?: Record<string, string | undefined>;
  /** Where the watcher says what happened, one line at a time. */
  log: (line: string) => void;
  /** Quiet time after the last change before a run starts (editors write a file in several steps). */
  debounceMs?: number;
  /** Told after each run, with its result (tests wait on it). */
  onRun?: (result: ExtractJson) => void;
}

export interface ExtractWatcher {
  /** Runs the extraction now (or after the current run) and resolves with its result. */
  run(): Promise<ExtractJson>;
  close(): void;
}

/** Temporary and hidden files editors write next to the real one: no article, no run. */
function isNoise(name: string): boolean {
  const base = basename(name);
  return base.startsWith(".") || base.endsWith("~") || /\.(?:swp|swx|tmp|crswap)$/i.test(base) || /^#.*#$/.test(base) || /^4913$/.test(base);
}

/** A run that ended without the command's answer: one problem that says why. */
function failed(why: string): ExtractJson {
  return { ok: false, exitCode: 1, written: [], problems: [{ path: "", line: 1, column: 1, message: `the extraction failed: ${why}`, stage: "cli" }], warnings: [], ids: [] };
}

export function watchAndExtract(options: ExtractWatchOptions): ExtractWatcher {
  const { inDir, log, debounceMs = 200 } = options;
  const args = ["--in", inDir, ...(options.args ?? []), "--json"];
  let running: Promise<ExtractJson> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;

  const shown = (path: string) => displayPath(!path ? inDir : isAbsolute(path) ? path : join(inDir, path));

  async function extractOnce(): Promise<ExtractJson> {
    let result: ExtractJson | undefined;
    try {
      await runExtract(args, { out: () => {}, err: () => {}, json: (answer) => (result = answer), env: options.env ?? process.env });
    } catch (error) {
      // A failure of the pipeline itself (a bug) is said and waited out, like a bad file.
      result = failed(error instanceof Error ? error.message : String(error));
    }
    result ??= failed("the extract command gave no answer");
    report(result);
    options.onRun?.(result);
    return result;
  }

  function report(result: ExtractJson): void {
    const at = (m: LocatedMessage) => formatAt({ ...m, path: shown(m.path) }, m.message);
    for (const w of result.warnings) log(`warning: ${at(w)}`);
    for (const p of result.problems) log(`${result.ok ? "skipped: " : ""}${at(p)}`);
    for (const line of result.ids) log(line);
    const s = result.summary;
    if (result.ok && s) {
      log(`extract: ${plural(s.articles, "article")} → ${plural(s.events, "event")} (${groupDigits(s.undatedEvents)} undated, ${plural(s.warnings, "warning")}) in ${result.seconds ?? 0}s; events.json updated`);
    } else if (result.error) {
      log(`extract: ${result.error}`);
    } else {
      log(`extract: ${plural(result.problems.length, "problem")}; the last good events.json is kept (fix the file and save it again)`);
    }
  }

  function run(): Promise<ExtractJson> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let result: ExtractJson;
      do {
        again = false;
        result = await extractOnce();
      } while (again && !closed);
      running = null;
      return result;
    })();
    return running;
  }

  const changed = (name: string | null) => {
    if (closed || (name && isNoise(name))) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, debounceMs);
  };

  const watchers: FSWatcher[] = [watch(inDir, { recursive: true }, (_event, name) => changed(name ? String(name) : null))];
  // A file is watched through its folder: editors replace it (write a copy, rename it over), which ends a watch on the file itself.
  for (const file of options.alsoWatch ?? []) {
    const full = resolve(file);
    watchers.push(watch(resolve(full, ".."), (_event, name) => name && String(name) === basename(full) && changed(null)));
  }
  for (const w of watchers) w.on("error", (error) => log(`watch: ${error.message}`));

  return {
    run,
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
