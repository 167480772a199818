/**
 * npm run extract -- [--in DIR] [--out DIR] [--keep-going] [--no-cache] [--registry FILE]
 *
 * Reads every article under DIR and writes OUT/events.json and OUT/report.json (see CONTRACT.md).
 * Bad input: exit 1 with one `path:line:col: message` line per problem and nothing written; with
 * --keep-going the bad files are skipped, listed in report.json, and the rest is written.
 */
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { ArticleCache } from "../cache/article-cache";
import { extractEvents } from "../extract";
import { PipelineError } from "../errors";
import { writeOutputs } from "../output/write";
import { defaultRegistryPath, readRegistry } from "../registry/io";
import { describeIds } from "../registry/describe";

const USAGE = `Usage: npm run extract -- [--in DIR] [--out DIR] [--keep-going] [--no-cache] [--registry FILE]

Turns the articles under DIR into dated diplomatic events.

  --in DIR        articles folder, read recursively (default: $ARTICLES_DIR when --in-env is given,
                  else data/articles). Files: .txt, .md (YAML front matter), .html, .jsonl
  --out DIR       output folder (default: data/generated): events.json and report.json
  --keep-going    skip bad files (listed in report.json) instead of stopping
  --no-cache      do all the work again: ignore the cache of unchanged articles' events
                  (kept in node_modules/.cache/diplomatic-timeline/)
  --registry FILE the id registry to read and update: every event id ever given out and what it is
                  now (default: data/id-registry.json for the default --out, else OUT/id-registry.json)
  --quiet         print nothing but problems
  -h, --help      this help

Exit status: 0 on success, 1 on bad input (one 'path:line:col: message' line per problem), 2 on bad usage.`;

function main(argv: string[]): number {
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
    console.error(`extract: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  // `npm start`/`build`/`dev` pass --in-env so $ARTICLES_DIR picks the articles (CONTRACT.md).
  const inDir = resolve(args.in ?? (args["in-env"] && process.env.ARTICLES_DIR ? process.env.ARTICLES_DIR : "data/articles"));
  const outDir = resolve(args.out ?? "data/generated");
  if (!existsSync(inDir) || !statSync(inDir).isDirectory()) {
    console.error(`${inDir}:1:1: no such folder: give --in a folder of articles`);
    return 1;
  }

  const started = performance.now();
  const registryFile = resolve(args.registry ?? defaultRegistryPath(outDir));
  let registry;
  try {
    registry = readRegistry(registryFile);
  } catch (error) {
    console.error(error instanceof PipelineError ? error.format() : String(error));
    return 1;
  }
  const cache = new ArticleCache(!args["no-cache"]);
  const result = extractEvents(inDir, { cache, registry });
  const { report, problems } = result;
  if (report.summary.articles === 0 && problems.length === 0) {
    console.error(`${inDir}:1:1: no articles found (expected .txt, .md, .html or .jsonl files)`);
    return 1;
  }
  const validationProblems = problems.filter((p) => p.stage !== "ingest");
  if (problems.length > 0 && (!args["keep-going"] || validationProblems.length > 0)) {
    for (const problem of problems) console.error(problem.format());
    console.error(`extract: ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing written${args["keep-going"] ? "" : " (use --keep-going to skip bad files)"}`);
    return 1;
  }
  try {
    writeOutputs(outDir, { "events.json": result.eventsFile, "report.json": report }, result.registry ? { [registryFile]: result.registry } : {});
    cache.save();
  } catch (error) {
    console.error(error instanceof PipelineError ? error.format() : String(error));
    return 1;
  }
  if (!args.quiet) {
    for (const problem of problems) console.error(`skipped: ${problem.format()}`);
    for (const file of report.files) for (const warning of file.warnings) console.error(`warning: ${warning}`);
    const s = report.summary;
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (report.ids) for (const line of describeIds(report.ids)) console.log(line);
    console.log(`extract: ${s.articles} articles → ${s.events} events (${s.undatedEvents} undated) in ${seconds}s; ${s.skippedFiles} files skipped; ${cache.hits} of ${cache.hits + cache.misses} article extractions from cache; wrote ${outDir}/events.json`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
