/**
 * The site's public origin, for absolute URLs in link previews (og:url).
 * Set SITE_URL (e.g. https://timeline.example.org) when building for a real host; the default
 * suits local use with `next start` on $PORT.
 */
export function siteUrl(): string {
  const fromEnv = process.env.SITE_URL ?? process.env.NEXT_PUBLIC_SITE_URL;
  if (fromEnv) return fromEnv.replace(/\/+$/, "");
  return `http://localhost:${process.env.PORT ?? "3000"}`;
}
