/**
 * The extract command (see extract.ts for its entry point and CONTRACT.md for the interface).
 * Bad input: exit 1 with one `path:line:col: message` line per problem and nothing written; with
 * --keep-going the bad files are skipped, listed in report.json, and the rest is written. Warnings (files not
 * read, another encoding, repeated articles) are printed in both cases, never only stored.
 */
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { ArticleCache } from "../cache/article-cache";
import { extractEventsInParallel } from "../extract";
import { ProgressBar, type ProgressStream } from "./progress";
import { PipelineError } from "../errors";
import { TextFile, writeOutputs } from "../output/write";
import { exportFiles, siteUrlFromEnv } from "../../lib/exports/files";
import { defaultRegistryPath, readRegistry } from "../registry/io";
import { describeIds } from "../registry/describe";

const USAGE = `Usage: npm run extract -- [--in DIR] [--out DIR] [--keep-going] [--no-cache] [--registry FILE]

Turns the articles under DIR into dated diplomatic events.

  --in DIR        articles folder, read recursively (default: $ARTICLES_DIR when --in-env is given,
                  else data/articles). Files: .txt, .md (YAML front matter), .html, .jsonl, in UTF-8,
                  UTF-16 or Windows-1252; other files are listed as ignored
  --out DIR       output folder (default: data/generated): events.json, report.json and the
                  exports events.csv, events.ics, timelinejs.json, plover.jsonl (links to event
                  pages in them when $SITE_URL gives the site's address)
  --keep-going    skip bad files (listed in report.json) instead of stopping
  --no-cache      do all the work again: ignore the cache of unchanged articles' events
                  (kept in node_modules/.cache/diplomatic-timeline/)
  --registry FILE the id registry to read and update: every event id ever given out and what it is
                  now (default: data/id-registry.json for the default --out, else OUT/id-registry.json)
  --quiet         print nothing but problems
  -h, --help      this help

Exit status: 0 on success, 1 on bad input (one 'path:line:col: message' line per problem), 2 on bad usage.`;

export interface ExtractIo {
  /** Progress and the summary line (stdout). */
  out: (line: string) => void;
  /** Problems, warnings and usage errors (stderr). */
  err: (line: string) => void;
  env: Record<string, string | undefined>;
  /** Where the progress bar is drawn (default stderr; drawn only on a terminal, never in CI). */
  progress?: ProgressStream;
}

const processIo: ExtractIo = { out: (line) => console.log(line), err: (line) => console.error(line), env: process.env };

/** The whole command, minus the process: tests run it in-process with their own `io`. Resolves to the exit status. */
export async function runExtract(argv: string[], io: ExtractIo = processIo): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        in: { type: "string" },
        out: { type: "string" },
        "keep-going": { type: "boolean", default: false },
        "no-cache": { type: "boolean", default: false },
        "in-env": { type: "boolean", default: false },
        registry: { type: "string" },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    io.err(`extract: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  // `npm start`/`build`/`dev` pass --in-env so $ARTICLES_DIR picks the articles (CONTRACT.md).
  const inDir = resolve(args.in ?? (args["in-env"] && io.env.ARTICLES_DIR ? io.env.ARTICLES_DIR : "data/articles"));
  const outDir = resolve(args.out ?? "data/generated");
  if (!existsSync(inDir) || !statSync(inDir).isDirectory()) {
    io.err(`${inDir}:1:1: no such folder: give --in a folder of articles`);
    return 1;
  }

  const started = performance.now();
  const registryFile = resolve(args.registry ?? defaultRegistryPath(outDir));
  let registry;
  try {
    registry = readRegistry(registryFile);
  } catch (error) {
    io.err(error instanceof PipelineError ? error.format() : String(error));
    return 1;
  }
  const cache = new ArticleCache(!args["no-cache"]);
  // A bar on a terminal (never in CI or a log) while worker threads read the articles the cache lacks.
  let bar: ProgressBar | null = null;
  const result = await extractEventsInParallel(inDir, {
    cache,
    registry,
    onProgress: (done, total) => {
      bar ??= new ProgressBar("extract", total, io.progress ?? process.stderr, io.env);
      bar.update(done);
    },
  });
  (bar as ProgressBar | null)?.done();
  const { report, problems } = result;
  const printWarnings = () => {
    if (!args.quiet) for (const file of report.files) for (const warning of file.warnings) io.err(`warning: ${warning}`);
  };
  if (report.summary.articles === 0 && problems.length === 0) {
    printWarnings();
    io.err(`${inDir}:1:1: no articles found (expected .txt, .md, .html or .jsonl files)`);
    return 1;
  }
  // --keep-going skips what one bad file or article caused; a problem with the result itself (validation) or
  // a run that read no article at all still stops, so a good events.json is never replaced by an empty one.
  const skippable = (p: PipelineError) => p.stage === "ingest" || p.stage === "events";
  const keepGoing = args["keep-going"] && problems.every(skippable) && report.summary.articles > 0;
  if (problems.length > 0 && !keepGoing) {
    for (const problem of problems) io.err(problem.format());
    printWarnings();
    const why = !args["keep-going"] ? " (use --keep-going to skip bad files)" : report.summary.articles === 0 ? " (no article could be read)" : "";
    io.err(`extract: ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing written${why}`);
    return 1;
  }
  try {
    // The exports are made from the validated file, and written with it or not at all.
    const exports = Object.entries(exportFiles(result.eventsFile, siteUrlFromEnv(io.env))).map(([name, text]) => [name, new TextFile(text)] as const);
    writeOutputs(
      outDir,
      { "events.json": result.eventsFile, "report.json": report, ...Object.fromEntries(exports) },
      result.registry ? { [registryFile]: result.registry } : {},
    );
    cache.save();
  } catch (error) {
    io.err(error instanceof PipelineError ? error.format() : String(error));
    return 1;
  }
  if (!args.quiet) {
    for (const problem of problems) io.err(`skipped: ${problem.format()}`);
    printWarnings();
    const s = report.summary;
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (report.ids) for (const line of describeIds(report.ids)) io.out(line);
    io.out(`extract: ${s.articles} articles → ${s.events} events (${s.undatedEvents} undated) in ${seconds}s; ${s.skippedFiles} files skipped, ${s.ignoredFiles} ignored, ${s.duplicateFiles} duplicate; ${cache.hits} of ${cache.hits + cache.misses} article extractions from cache; wrote ${outDir}/events.json and its exports`);
  }
  return 0;
}

