/**
 * The part of timeline.config.json the pipeline uses: its actors and aliases join the gazetteer
 * (docs/configuration.md). Read by every command that extracts, before the article cache is made,
 * since they are part of its key.
 */
import { resolve } from "node:path";
import { configureGazetteer, unknownAliasTargets } from "../actors/gazetteer";
import { formatAt, PipelineError, type Position } from "../errors";
import { displayPath, loadSiteConfig, SiteConfigError } from "../../lib/site-config";

/**
 * A mistake in the config file. Its path is absolute (an article's problem names its file from the
 * articles folder, so a machine reading --json could not tell them apart); people see it from the
 * current folder when it is under it.
 */
export class ConfigError extends PipelineError {
  constructor(position: Position, message: string) {
    super("cli", { ...position, path: resolve(position.path) }, message);
    this.name = "ConfigError";
  }

  override format(): string {
    return formatAt({ ...this.position, path: displayPath(this.position.path) }, this.message);
  }
}

/**
 * Reads the config (`explicit`: a --config option; else $TIMELINE_CONFIG or ./timeline.config.json)
 * and configures the gazetteer with it, or with nothing when there is none. Returns its problems,
 * each at its line and column; with any, the gazetteer is left without extras.
 */
export function loadPipelineConfig(explicit: string | null, env: Record<string, string | undefined>): PipelineError[] {
  configureGazetteer(null);
  let loaded;
  try {
    loaded = loadSiteConfig({ explicit, env });
  } catch (error) {
    if (!(error instanceof SiteConfigError)) throw error;
    return error.problems.map(({ path, line, column, message }) => new ConfigError({ path, line, column }, message));
  }
  const extras = { actors: loaded.config.actors ?? [], aliases: loaded.config.aliases ?? {} };
  configureGazetteer(extras);
  const unknown = unknownAliasTargets(extras);
  if (unknown.length === 0) return [];
  configureGazetteer(null);
  return unknown.map((name) => new ConfigError({ path: loaded.file ?? "timeline.config.json", ...loaded.positionOf(["aliases", name], { key: true }) }, `aliases: no actor is named '${name}' in the gazetteer or in "actors" (aliases are listed under an actor's full name)`));
}
