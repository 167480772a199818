/**
 * npm run extract -- [--in DIR] [--out DIR] [--keep-going] [--no-cache] [--registry FILE]
 *
 * Reads every article under DIR and writes OUT/events.json and OUT/report.json (see CONTRACT.md).
 * Bad input: exit 1 with one `path:line:col: message` line per problem and nothing written; with
 * --keep-going the bad files are skipped, listed in report.json, and the rest is written.
 */
import { runExtract } from "./run-extract";

process.exitCode = await runExtract(process.argv.slice(2));
