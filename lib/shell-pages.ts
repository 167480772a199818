/**
 * What event pages (lib/event-pages.ts) and article pages (lib/article-pages.ts) share: past a
 * limit, only some get a static page of their own and one app-shell page answers every other
 * address of the kind, reading the id from the address.
 */

/** The id of an app-shell page; never an event or article id (ids are slugs: no underscore). */
export const SHELL_ID = "_";

/** How many pages of a kind to prerender: the whole number in $`name`, else 1,000. */
export function pageLimit(name: string, env: Record<string, string | undefined> = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return 1000;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`${name} must be a whole number of pages, not '${raw}'`);
  return limit;
}

/**
 * The ids of the `limit` best items by `rank` (higher first; ties to the earlier), in the items'
 * own order: a fixed, data-made choice, so the same input keeps the same pages.
 */
export function bestInOrder<T extends { id: string }>(items: readonly T[], limit: number, rank: (item: T) => number): string[] {
  const kept = new Set(
    items
      .map((item, order) => ({ id: item.id, rank: rank(item), order }))
      .sort((a, b) => b.rank - a.rank || a.order - b.order)
      .slice(0, limit)
      .map((item) => item.id),
  );
  return items.filter((item) => kept.has(item.id)).map((item) => item.id);
}

/** The id an address names under a section ("/events/<id>/" under "events"), or null. */
export function idFromPathUnder(section: string, pathname: string | null): string | null {
  const match = pathname?.match(/^\/([^/]+)\/([^/]+)\/?$/);
  if (match?.[1] !== section || !match[2]) return null;
  try {
    return decodeURIComponent(match[2]);
  } catch {
    return null;
  }
}
