/**
 * Where the id registry lives, and reading it: one rule for the extract that writes it, the app that
 * answers old addresses from it, and the browser tests. Server-side only (it reads files).
 *
 * The registry belongs to the data it describes: for the app's data (the default output,
 * data/generated/, which is not committed) it is data/id-registry.json, committed with the articles;
 * for any other folder DIR it is DIR/id-registry.json, so experiments and tests never touch the
 * committed one. `--registry FILE` (extract) and $ID_REGISTRY_FILE (app) name it explicitly.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { idRegistrySchema, type IdRegistry } from "./schema";

const REGISTRY_NAME = "id-registry.json";
const DEFAULT_OUT = "data/generated";

/** The registry for the data written to `outDir`. */
export function defaultRegistryPath(outDir: string, cwd = process.cwd()): string {
  const out = resolve(cwd, outDir);
  return out === resolve(cwd, DEFAULT_OUT) ? join(dirname(out), REGISTRY_NAME) : join(out, REGISTRY_NAME);
}

/** The registry the app's events file was written with: $ID_REGISTRY_FILE, else where extract put it. */
export function registryFileFor(eventsFile: string, env: Record<string, string | undefined> = process.env): string {
  return env.ID_REGISTRY_FILE ? resolve(env.ID_REGISTRY_FILE) : defaultRegistryPath(dirname(resolve(eventsFile)));
}

/** The registry, or null when there is none yet (the first run); an unreadable one throws, saying why. */
export function readRegistryFile(file: string): IdRegistry | null {
  if (!existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`id registry is not valid JSON (${error instanceof Error ? error.message : String(error)}); restore it from version control`);
  }
  const parsed = idRegistrySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`id registry does not match lib/schema.ts at ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}
