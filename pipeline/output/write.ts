/**
 * Writes the output files all or nothing: each goes to a temporary name next to its final place and is
 * renamed into place only after every file was written. JSON is written with a fixed key order and a
 * final newline, so the same input gives byte-identical files; a TextFile (CSV, iCalendar, JSON Lines)
 * is written exactly as given.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { WriteError } from "../errors";

/** A file that is not JSON: its text is written as it is. */
export class TextFile {
  constructor(readonly text: string) {}
}

/** `files` by name into `outDir`; `elsewhere` by full path (the id registry lives beside the data, not in it). */
export function writeOutputs(outDir: string, files: Record<string, unknown>, elsewhere: Record<string, unknown> = {}): void {
  const targets = [...Object.entries(files).map(([name, value]) => [join(outDir, name), value] as const), ...Object.entries(elsewhere)];
  const staged: Array<{ temp: string; final: string }> = [];
  try {
    for (const [final, value] of targets) {
      mkdirSync(dirname(final), { recursive: true });
      const temp = `${final}.tmp-${process.pid}`;
      writeFileSync(temp, value instanceof TextFile ? value.text : `${JSON.stringify(value, null, 2)}\n`);
      staged.push({ temp, final });
    }
    for (const { temp, final } of staged) renameSync(temp, final);
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw new WriteError({ path: outDir, line: 1, column: 1 }, `could not write output: ${error instanceof Error ? error.message : String(error)}`);
  }
}
