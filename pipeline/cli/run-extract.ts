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
import { exportFiles } from "../../lib/exports/files";
import { plural } from "../../lib/format";
import { exportLinkBase } from "../../lib/site";
import { defaultRegistryPath, readRegistry } from "../registry/io";
import { describeIds } from "../registry/describe";
import { ExtractReporter, type ExtractOutput } from "./extract-report";
import { loadPipelineConfig } from "./pipeline-config";

const USAGE = `Usage: npm run extract -- [--in DIR] [--out DIR] [--keep-going] [--no-cache] [--registry FILE] [--config FILE] [--json]

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
  --config FILE   the site configuration, whose actors and aliases join the gazetteer (default:
                  $TIMELINE_CONFIG, else timeline.config.json when there is one; docs/configuration.md)
  --json          print one JSON object on stdout and nothing else: ok, exitCode, summary, written,
                  problems and warnings as {path, line, column, message}; the exit status is the same
  --quiet         print nothing but the problems that stop the run (files skipped by
                  --keep-going are then listed in report.json only)
  -h, --help      this help

Problems and warnings go to stderr; on success the summary table (articles, events, undated events,
warnings, files) and what was written go to stdout. A progress bar is drawn on stderr when it is a
terminal (never in CI).

Exit status: 0 on success, 1 on bad input (one 'path:line:col: message' line per problem), 2 on bad usage.`;

export interface ExtractIo extends ExtractOutput {
  env: Record<string, string | undefined>;
  /** Where the progress bar is drawn (default stderr; drawn only on a terminal, never in CI). */
  progress?: ProgressStream;
}

const processIo: ExtractIo = { out: (line) => console.log(line), err: (line) => console.error(line), env: process.env };

/** The whole command, minus the process: tests run it in-process with their own `io`. Resolves to the exit status. */
export async function runExtract(argv: string[], io: ExtractIo = processIo): Promise<number> {
  // Known before the arguments are parsed, so that even a usage error is answered in JSON.
  const json = argv.includes("--json");
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
        config: { type: "string" },
        json: { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return new ExtractReporter(io, { json, quiet: false }).usageError(error instanceof Error ? error.message : String(error), USAGE);
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const say = new ExtractReporter(io, { json: args.json, quiet: args.quiet });
  // `npm start`/`build`/`dev` pass --in-env so $ARTICLES_DIR picks the articles (CONTRACT.md).
  const inDir = resolve(args.in ?? (args["in-env"] && io.env.ARTICLES_DIR ? io.env.ARTICLES_DIR : "data/articles"));
  const outDir = resolve(args.out ?? "data/generated");
  if (!existsSync(inDir) || !statSync(inDir).isDirectory()) {
    say.problem(new PipelineError("cli", { path: inDir, line: 1, column: 1 }, "no such folder: give --in a folder of articles"));
    return say.finish({ exitCode: 1, inDir, outDir });
  }
  // Before the cache is made: the config's actors and aliases are part of its key.
  const { problems: configProblems, site } = loadPipelineConfig(args.config ?? null, io.env);
  if (configProblems.length > 0) {
    for (const problem of configProblems) say.problem(problem);
    say.note(`extract: the site configuration has ${plural(configProblems.length, "problem")}; nothing written`);
    return say.finish({ exitCode: 1, inDir, outDir });
  }

  const started = performance.now();
  const registryFile = resolve(args.registry ?? defaultRegistryPath(outDir));
  let registry;
  try {
    registry = readRegistry(registryFile);
  } catch (error) {
    say.problem(asProblem(error, registryFile));
    return say.finish({ exitCode: 1, inDir, outDir });
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
  const cacheUse = () => ({ hits: cache.hits, misses: cache.misses });
  const printWarnings = () => {
    for (const file of report.files) for (const warning of file.warnings) say.warning(warning);
  };
  if (report.summary.articles === 0 && problems.length === 0) {
    printWarnings();
    say.problem(new PipelineError("cli", { path: inDir, line: 1, column: 1 }, "no articles found (expected .txt, .md, .html or .jsonl files)"));
    return say.finish({ exitCode: 1, inDir, outDir, report, cache: cacheUse() });
  }
  // --keep-going skips what one bad file or article caused; a problem with the result itself (validation) or
  // a run that read no article at all still stops, so a good events.json is never replaced by an empty one.
  const skippable = (p: PipelineError) => p.stage === "ingest" || p.stage === "events";
  const keepGoing = args["keep-going"] && problems.every(skippable) && report.summary.articles > 0;
  if (problems.length > 0 && !keepGoing) {
    for (const problem of problems) say.problem(problem);
    printWarnings();
    const why = !args["keep-going"] ? " (use --keep-going to skip bad files)" : report.summary.articles === 0 ? " (no article could be read)" : "";
    say.note(`extract: ${plural(problems.length, "problem")}; nothing written${why}`);
    return say.finish({ exitCode: 1, inDir, outDir, report, cache: cacheUse() });
  }
  // The exports are made from the validated file, and written with it or not at all.
  const exports = Object.entries(exportFiles(result.eventsFile, { url: exportLinkBase(io.env, site.basePath), title: site.title })).map(([name, text]) => [name, new TextFile(text)] as const);
  const files = { "events.json": result.eventsFile, "report.json": report, ...Object.fromEntries(exports) };
  try {
    writeOutputs(outDir, files, result.registry ? { [registryFile]: result.registry } : {});
    cache.save();
  } catch (error) {
    say.problem(asProblem(error, outDir));
    return say.finish({ exitCode: 1, inDir, outDir, report, cache: cacheUse() });
  }
  for (const problem of problems) say.problem(problem, true);
  printWarnings();
  if (report.ids) for (const line of describeIds(report.ids)) say.idsLine(line);
  const seconds = (performance.now() - started) / 1000;
  return say.finish({ exitCode: 0, inDir, outDir, written: Object.keys(files), seconds, report, cache: cacheUse() });
}

/** An error thrown while reading or writing, as a problem with a place (the file it is about when it has none). */
function asProblem(error: unknown, path: string): PipelineError {
  return error instanceof PipelineError ? error : new PipelineError("cli", { path, line: 1, column: 1 }, error instanceof Error ? error.message : String(error));
}

