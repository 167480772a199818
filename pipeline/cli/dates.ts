/**
 * npm run dates -- --reference YYYY-MM-DD [FILE|-]   -> JSON array of {start,end,text,type,value}
 * npm run dates -- --jsonl [FILE|-]                  -> per line {id, reference, text} -> {id, timexes}
 * See ../shared/CONTRACT.md. Errors: one line on stderr, exit 1.
 */
import { readFileSync } from "node:fs";
import { extractDates } from "../dates";
import { parseDay } from "../util/calendar";
import type { Timex } from "../../lib/schema";

const USAGE = `Usage:
  npm run dates -- --reference YYYY-MM-DD [FILE|-]   print the temporal expressions of the text as a JSON array
  npm run dates -- --jsonl [FILE|-]                  each input line {id, reference, text} -> {id, timexes: [...]}
Reads FILE, or standard input when FILE is "-" or absent. Offsets are JavaScript string indices.`;

class UsageError extends Error {}
/** An error in one input line, printed as `FILE:LINE:1: message` so editors can jump to it. */
class LineError extends UsageError {}

interface Options {
  mode: "reference" | "jsonl";
  reference: string | null;
  file: string | null;
}

function parseArguments(args: string[]): Options | "help" {
  let reference: string | null = null;
  let jsonl = false;
  let file: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--help" || arg === "-h") return "help";
    if (arg === "--jsonl") jsonl = true;
    else if (arg === "--reference" || arg.startsWith("--reference=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[++i];
      if (value === undefined) throw new UsageError("--reference needs a date, YYYY-MM-DD");
      if (parseDay(value) === null) throw new UsageError(`invalid reference date "${value}", expected a real day as YYYY-MM-DD`);
      reference = value;
    } else if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option "${arg}" (see --help)`);
    else if (file !== null) throw new UsageError(`only one input file may be given, got "${file}" and "${arg}"`);
    else file = arg;
  }
  if (jsonl && reference !== null) throw new UsageError("use either --reference or --jsonl, not both");
  if (!jsonl && reference === null) throw new UsageError("missing --reference YYYY-MM-DD (or --jsonl); see --help");
  return { mode: jsonl ? "jsonl" : "reference", reference, file: file === "-" ? null : file };
}

function readInput(file: string | null): string {
  try {
    return readFileSync(file ?? 0, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${file ?? "standard input"}: ${(error as Error).message}`);
  }
}

function timexes(text: string, reference: string | null): Timex[] {
  return extractDates(text, reference).map(({ start, end, text: words, type, value }) => ({ start, end, text: words, type, value }));
}

function runJsonl(input: string, fileLabel: string): string {
  const output: string[] = [];
  const lines = input.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const where = `${fileLabel}:${index + 1}:1`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new LineError(`${where}: invalid JSON: ${(error as Error).message}`);
    }
    if (typeof record !== "object" || record === null || Array.isArray(record)) throw new LineError(`${where}: expected an object {id, reference, text}`);
    const { id, reference, text } = record as Record<string, unknown>;
    if (typeof text !== "string") throw new LineError(`${where}: "text" must be a string`);
    if (reference !== null && reference !== undefined && (typeof reference !== "string" || parseDay(reference) === null)) {
      throw new LineError(`${where}: invalid "reference" ${JSON.stringify(reference)}, expected YYYY-MM-DD or null`);
    }
    output.push(JSON.stringify({ id: id ?? null, timexes: timexes(text, (reference as string | null | undefined) ?? null) }));
  });
  return output.length ? output.join("\n") + "\n" : "";
}

function main(args: string[]): number {
  let options: Options | "help";
  try {
    options = parseArguments(args);
    if (options === "help") {
      process.stdout.write(USAGE + "\n");
      return 0;
    }
    const input = readInput(options.file);
    if (options.mode === "jsonl") process.stdout.write(runJsonl(input, options.file ?? "<stdin>"));
    else process.stdout.write(JSON.stringify(timexes(input, options.reference), null, 2) + "\n");
    return 0;
  } catch (error) {
    const message = error instanceof UsageError ? error.message : `unexpected error: ${(error as Error).message}`;
    process.stderr.write(error instanceof LineError ? `${message}\n` : `dates: ${message}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
