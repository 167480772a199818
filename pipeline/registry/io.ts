/**
 * The id registry as the extract reads it: lib/id-registry-file.ts says where it lives and reads it;
 * here a registry that cannot be read becomes the run's typed problem, which stops it (losing the
 * registry would break every link given out).
 */
import { readRegistryFile } from "../../lib/id-registry-file";
import type { IdRegistry } from "../../lib/schema";
import { ValidationError } from "../errors";

export { defaultRegistryPath } from "../../lib/id-registry-file";

/** The registry, or null when there is none yet (the first run). */
export function readRegistry(file: string): IdRegistry | null {
  try {
    return readRegistryFile(file);
  } catch (error) {
    throw new ValidationError({ path: file, line: 1, column: 1 }, error instanceof Error ? error.message : String(error));
  }
}
