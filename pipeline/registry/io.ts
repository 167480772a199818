/**
 * Where the id registry lives and how it is read. It belongs to the data it describes: for the app's
 * data (the default output, data/generated/, which is not committed) it is data/id-registry.json,
 * committed with the articles; for any other --out DIR it is DIR/id-registry.json, so experiments and
 * tests never touch the committed one. `--registry FILE` says where explicitly.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { idRegistrySchema, type IdRegistry } from "../../lib/schema";
import { ValidationError } from "../errors";

export const REGISTRY_NAME = "id-registry.json";
const DEFAULT_OUT = "data/generated";

export function defaultRegistryPath(outDir: string, cwd = process.cwd()): string {
  const out = resolve(cwd, outDir);
  return out === resolve(cwd, DEFAULT_OUT) ? join(dirname(out), REGISTRY_NAME) : join(out, REGISTRY_NAME);
}

/** The registry, or null when there is none yet (the first run). A registry that cannot be read stops the run: losing it would break every link. */
export function readRegistry(file: string): IdRegistry | null {
  if (!existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ValidationError({ path: file, line: 1, column: 1 }, `id registry is not valid JSON (${error instanceof Error ? error.message : String(error)}); restore it from version control`);
  }
  const parsed = idRegistrySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ValidationError({ path: file, line: 1, column: 1 }, `id registry does not match lib/schema.ts at ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}
