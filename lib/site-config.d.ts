/** Types for lib/site-config.js (plain JavaScript so that next.config.js can import it). */
import type { z } from "zod";
import type { Actor, EventStatus, EventType } from "./schema";

/** The view a visitor gets when the address does not set it (each key on its own). */
export interface ViewDefaults {
  lanes?: "none" | "country" | "actor" | "type";
  view?: "timeline" | "list";
  sort?: "date" | "-date" | "title" | "-title" | "type" | "-type" | "actor" | "-actor";
  q?: string;
  types?: EventType[];
  statuses?: EventStatus[];
  actors?: string[];
  sources?: string[];
  from?: string;
  to?: string;
}

/** An actor the gazetteer does not have. */
export interface ConfigActor {
  name: string;
  kind: Actor["kind"];
  country?: string | null;
  role?: string | null;
  aliases?: string[];
}

/** timeline.config.json, validated (docs/configuration.md). */
export interface SiteConfig {
  $schema?: string;
  title?: string;
  description?: string;
  basePath?: string;
  defaults?: ViewDefaults;
  actors?: ConfigActor[];
  /** More names for actors the gazetteer (or `actors`) has, by the actor's name. */
  aliases?: Record<string, string[]>;
}

/** The part of the configuration the app's pages use (inlined into their code by next.config.js). */
export type PublicSiteConfig = Pick<SiteConfig, "title" | "description" | "basePath" | "defaults">;

export interface ConfigProblem {
  path: string;
  line: number;
  column: number;
  message: string;
}

export interface LoadedSiteConfig {
  /** The file read (absolute), or null when there is none. */
  file: string | null;
  config: SiteConfig;
  /** Line and column of a key path in the file (1:1 without a file). */
  positionOf: (keys: Array<string | number>, options?: { key?: boolean }) => { line: number; column: number };
}

export interface SiteConfigOptions {
  /** A file named on the command line (--config): must exist. */
  explicit?: string | null;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

export declare const CONFIG_FILE_NAME: string;
export declare const EVENT_TYPES: readonly string[];
export declare const EVENT_STATUSES: readonly string[];
export declare const ACTOR_KINDS: readonly string[];
export declare const LANES: readonly string[];
export declare const VIEWS: readonly string[];
export declare const SORTS: readonly string[];
export declare const siteConfigSchema: z.ZodType<SiteConfig>;
export declare class SiteConfigError extends Error {
  constructor(problems: ConfigProblem[]);
  readonly problems: ConfigProblem[];
}
export declare function formatProblem(problem: ConfigProblem): string;
export declare function parseSiteConfig(source: string, file: string): Omit<LoadedSiteConfig, "file">;
export declare function displayPath(file: string, cwd?: string): string;
export declare function siteConfigFile(options?: SiteConfigOptions): { file: string; required: boolean };
export declare function loadSiteConfig(options?: SiteConfigOptions): LoadedSiteConfig;
export declare function publicSiteConfig(config: SiteConfig): PublicSiteConfig;
