/**
 * npx tsx pipeline/cli/adopt-ids.ts [--registry FILE] EVENTS_JSON...
 *
 * Adds the event ids of events.json files published before the registry existed (oldest first) to
 * the id registry (default data/id-registry.json), so their links keep working. Run `npm run extract`
 * afterwards: it matches them to today's events by content (see pipeline/registry/adopt.ts).
 */
import { readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { PipelineError } from "../errors";
import { writeOutputs } from "../output/write";
import { adoptIds } from "../registry/adopt";
import { defaultRegistryPath, readRegistry } from "../registry/io";

const USAGE = `Usage: npx tsx pipeline/cli/adopt-ids.ts [--registry FILE] EVENTS_JSON...

Adds the event ids of events.json files published before the id registry existed (oldest first) to
the registry, so their links keep working; run \`npm run extract\` afterwards to match them to today's events.
  --registry FILE  the id registry to update (default: data/id-registry.json)
  -h, --help       this help`;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { registry: { type: "string" }, help: { type: "boolean", short: "h", default: false } }, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`adopt-ids: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const file = resolve(values.registry ?? defaultRegistryPath("data/generated"));
  try {
    let registry = readRegistry(file);
    for (const path of positionals) {
      const adopted = adoptIds(registry, JSON.parse(readFileSync(path, "utf8")));
      registry = adopted.registry;
      console.log(`${path}: ${adopted.added.length} ids adopted, ${adopted.known.length} already known`);
    }
    writeOutputs(dirname(file), { [basename(file)]: registry });
    console.log(`wrote ${file}; run \`npm run extract\` to match them to today's events`);
    return 0;
  } catch (error) {
    console.error(error instanceof PipelineError ? error.format() : String(error));
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
