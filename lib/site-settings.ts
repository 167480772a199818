/**
 * The site's settings from timeline.config.json (docs/configuration.md) as the app uses them, on the
 * server and in the browser alike: next.config.js reads and validates the file (lib/site-config.js)
 * and inlines its site part into the code as $TIMELINE_SITE at build time, so no page reads a file
 * for them and a change needs a new build (or a restart of `npm run dev`). Without the variable
 * (no config, or a test), every setting is its built-in value.
 */
import type { PublicSiteConfig, ViewDefaults } from "@/lib/site-config";

export const DEFAULT_SITE_TITLE = "Diplomatic Timeline";
export const DEFAULT_SITE_DESCRIPTION = "Dated diplomatic events extracted from news articles, each linked to the passage that reports it.";

/** $TIMELINE_SITE as Next.js inlines it (the whole expression becomes a string literal). */
function inlined(): string | undefined {
  try {
    return process.env.TIMELINE_SITE;
  } catch {
    return undefined; // code bundled without Next and without `process` (the browser tests' harnesses)
  }
}

/** The settings inlined by next.config.js; `{}` outside a Next.js build. */
export function inlinedSiteConfig(raw: string | undefined = inlined()): PublicSiteConfig {
  return raw ? (JSON.parse(raw) as PublicSiteConfig) : {};
}

const site = inlinedSiteConfig();

/** The site's name: the header, page titles, link previews. */
export const SITE_TITLE: string = site.title ?? DEFAULT_SITE_TITLE;
/** What the site is about, for search engines and link previews. */
export const SITE_DESCRIPTION: string = site.description ?? DEFAULT_SITE_DESCRIPTION;
/** Only a description the config gives is shown under the title (the built-in one is for previews). */
export const SITE_TAGLINE: string | null = site.description ?? null;
/** The sub-path the site is served under ("/timeline"), or "" at the root of its host. */
export const BASE_PATH: string = site.basePath ?? "";
/** The view a visitor gets where the address says nothing (lib/url-state.ts). */
export const VIEW_DEFAULTS: ViewDefaults = site.defaults ?? {};
