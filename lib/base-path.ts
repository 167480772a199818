/**
 * Addresses under the site's base path (timeline.config.json's `basePath`, e.g. "/timeline").
 * Next.js adds it by itself to <Link>, router.push and redirect(); everything the app builds by hand
 * (fetch, a plain <a>, a copied link, a meta refresh, react-dom's preload) goes through these.
 * `base` is a parameter for the tests; the app uses the configured one.
 */
import { BASE_PATH } from "@/lib/site-settings";

/** "/data/timeline.json" → "/timeline/data/timeline.json"; "/" → "/timeline/". Not a site path (a URL, "#x", "?q"): unchanged. */
export function withBasePath(path: string, base: string = BASE_PATH): string {
  if (!base || !path.startsWith("/") || path.startsWith("//")) return path;
  return `${base}${path}`;
}

/** A site path with a view's query string ("a=b", or "" for none), under the base path: an event's link that keeps the view. */
export function withQuery(path: string, query: string, base: string = BASE_PATH): string {
  return `${withBasePath(path, base)}${query ? `?${query}` : ""}`;
}

/** The path as the app's routes know it: "/timeline/events/a/" → "/events/a/"; a path outside the base is left as it is. */
export function withoutBasePath(pathname: string, base: string = BASE_PATH): string {
  if (!base) return pathname;
  if (pathname === base) return "/";
  return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
}
