/**
 * The part of timeline.config.json the pipeline uses: its actors and aliases join the gazetteer
 * (docs/configuration.md). Read by every command that extracts, before the article cache is made,
 * since they are part of its key.
 */
import { configureGazetteer, unknownAliasTargets } from "../actors/gazetteer";
import { PipelineError } from "../errors";
import { displayPath, loadSiteConfig, SiteConfigError } from "../../lib/site-config";

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
    return error.problems.map(({ path, line, column, message }) => new PipelineError("cli", { path, line, column }, message));
  }
  const extras = { actors: loaded.config.actors ?? [], aliases: loaded.config.aliases ?? {} };
  configureGazetteer(extras);
  const unknown = unknownAliasTargets(extras);
  if (unknown.length === 0) return [];
  configureGazetteer(null);
  const shown = loaded.file ? displayPath(loaded.file) : "timeline.config.json";
  return unknown.map((name) => new PipelineError("cli", { path: shown, ...loaded.positionOf(["aliases", name], { key: true }) }, `aliases: no actor is named '${name}' in the gazetteer or in "actors" (aliases are listed under an actor's full name)`));
}
