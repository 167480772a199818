/**
 * The part of timeline.config.json the pipeline uses: its actors and aliases join the gazetteer
 * (docs/configuration.md). Read by every command that extracts, before the article cache is made,
 * since they are part of its key.
 */
import { resolve } from "node:path";
import { configureGazetteer, unknownAliasTargets } from "../actors/gazetteer";
import { formatAt, PipelineError, type Position } from "../errors";
import { displayPath, loadSiteConfig, SiteConfigError } from "../../lib/site-config";
import { DEFAULT_SITE_TITLE } from "../../lib/site-settings";

/** The site's name and the sub-path it is served under ("" at the root of its host). */
export interface SiteNaming {
  title: string;
  basePath: string;
}
const BUILT_IN: SiteNaming = { title: DEFAULT_SITE_TITLE, basePath: "" };

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
 * each at its line and column (with any, the gazetteer is left without extras), and the site's title
 * and base path, which the export files name and link under.
 */
export function loadPipelineConfig(explicit: string | null, env: Record<string, string | undefined>): { problems: PipelineError[]; site: SiteNaming } {
  let loaded;
  try {
    loaded = loadSiteConfig({ explicit, env });
  } catch (error) {
    if (!(error instanceof SiteConfigError)) throw error;
    configureGazetteer(null);
    return { problems: error.problems.map(({ path, line, column, message }) => new ConfigError({ path, line, column }, message)), site: BUILT_IN };
  }
  const site = { title: loaded.config.title ?? DEFAULT_SITE_TITLE, basePath: loaded.config.basePath ?? "" };
  const extras = { actors: loaded.config.actors ?? [], aliases: loaded.config.aliases ?? {} };
  configureGazetteer(extras);
  const unknown = unknownAliasTargets(extras);
  if (unknown.length === 0) return { problems: [], site };
  configureGazetteer(null);
  const problems = unknown.map((name) => new ConfigError({ path: loaded.file ?? "timeline.config.json", ...loaded.positionOf(["aliases", name], { key: true }) }, `aliases: no actor is named '${name}' in the gazetteer or in "actors" (aliases are listed under an actor's full name)`));
  return { problems, site };
}
