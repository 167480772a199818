/**
 * The site's public origin, for absolute URLs in link previews (og:url) and in export files.
 * Set SITE_URL (e.g. https://timeline.example.org) when building for a real host.
 */
export function publicOrigin(env: Record<string, string | undefined> = process.env): string | null {
  const fromEnv = env.SITE_URL ?? env.NEXT_PUBLIC_SITE_URL;
  return fromEnv ? fromEnv.replace(/\/+$/, "") : null;
}

/** The origin for link previews; without SITE_URL, one that suits local use with `next start` on $PORT. */
export function siteUrl(): string {
  return publicOrigin() ?? `http://localhost:${process.env.PORT ?? "3000"}`;
}

/**
 * What links to event pages in export files start with: the public origin and the base path, or null
 * when no SITE_URL names the site (the files then carry no links rather than localhost ones).
 */
export function exportLinkBase(env: Record<string, string | undefined>, basePath: string): string | null {
  const origin = publicOrigin(env);
  return origin === null ? null : `${origin}${basePath}`;
}
