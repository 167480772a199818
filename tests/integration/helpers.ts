/**
 * What the integration tests share: the repository's root, temporary folders removed after a test
 * file's tests, and the extract command run as a real process or in-process.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";
import { runExtract } from "../../pipeline/cli/run-extract";

export const ROOT = join(import.meta.dirname, "../..");
export const SEEDS = join(ROOT, "data/articles");
const TSX = join(ROOT, "node_modules/.bin/tsx");

/** `tsx <args>` in the repository's root, as npm runs the commands; `env` is the test process's own unless given. */
export function tsx(args: string[], env?: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  return spawnSync(TSX, args, { encoding: "utf8", cwd: ROOT, env });
}

/** The extract command as a real process (pipeline/cli/extract.ts): its exit status and its output as a terminal sees them. */
export function extractProcess(args: string[], env?: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  return tsx([join(ROOT, "pipeline/cli/extract.ts"), ...args], env);
}

/** The extract command in-process (no process to start): its exit status and the lines it wrote to stdout and stderr. */
export async function extractInProcess(argv: string[], env: Record<string, string | undefined> = {}): Promise<{ status: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runExtract(argv, { out: (line) => out.push(line), err: (line) => err.push(line), env });
  return { status, out, err };
}

export type FileContent = string | Buffer | { symlinkTo: string };

/**
 * Temporary folders, each removed after the calling file's tests (some hold a 50 MB file). Call it at
 * the top of a test file: its afterAll hook belongs to that file.
 */
export function temporaryFolders() {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  const tempDir = (prefix: string): string => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
  /** `files` (path → content; a path may name sub-folders) written into `dir`, a new folder unless given. */
  const makeFolder = (files: Record<string, FileContent>, dir = tempDir("articles-")): string => {
    for (const [name, content] of Object.entries(files)) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      if (typeof content === "object" && "symlinkTo" in content) symlinkSync(content.symlinkTo, path);
      else writeFileSync(path, content);
    }
    return dir;
  };
  return { tempDir, makeFolder };
}
