/**
 * Sends each page's Content-Security-Policy with `npm start` (docs/security.md).
 *
 * Every page is prerendered, and its inline scripts (Next.js's bootstrap and the page's RSC
 * payload, the head's theme script) are allowed by their SHA-256 hashes only, which differ per
 * page. next.config.js headers() are fixed when the build starts, before any page exists, so
 * `npm run build` hashes the built pages afterwards (scripts/security-headers.mjs) and this proxy
 * looks the request's page up in that file. The pages stay static: a proxy runs before the
 * prerendered response is served and does not change how it is rendered (nonces would: every
 * page rendered again on every request).
 *
 * The static export has no server: its pages carry the same policy in a <meta> tag.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security-headers";
import { idFromPath, SHELL_ID } from "@/lib/event-pages";
import { articleIdFromPath } from "@/lib/article-pages";

type Folder = "events" | "articles";
type ScriptHashes = { buildId: string; notFound: string[]; pages: Record<string, string[]>; shellIds?: Partial<Record<Folder, string[]>> };
/**
 * Each page's whole policy, made once from the build's hashes: a request only looks its page up.
 * With them, the ids each app shell answers for; none listed (a build without the step that lists
 * them): the shell answers every address of its folder, as it can say "not found" itself.
 */
type Policies = { pages: Map<string, string>; notFound: string; shellIds: Partial<Record<Folder, Set<string>>> };

let cached: Policies | undefined;

/**
 * The policies of this build, read once. Hashes missing or stale (a `next build` without the step
 * after it): the policy then allows no inline script at all, and the pages lose their JavaScript —
 * loudly, in the log and the console, never silently less strict. The shells' ids are then not
 * used (every address of their folder goes to them, and they say when nothing has the id).
 */
function policies(): Policies {
  if (cached) return cached;
  const file = path.resolve(process.env.CSP_HASHES_PATH ?? ".next/csp-hashes.json");
  let hashes: ScriptHashes = { buildId: "", notFound: [], pages: {} };
  try {
    hashes = JSON.parse(readFileSync(file, "utf8")) as ScriptHashes;
    const buildId = readFileSync(path.join(path.dirname(file), "BUILD_ID"), "utf8").trim();
    if (hashes.buildId !== buildId) {
      console.error(`proxy: ${file} is from build ${hashes.buildId}, not ${buildId}: run \`npm run build\``);
      // Another build's ids would send this build's new events to the 404 page: the shells answer all.
      delete hashes.shellIds;
    }
  } catch (error) {
    console.error(`proxy: no script hashes (${error instanceof Error ? error.message : error}): run \`npm run build\``);
  }
  cached = {
    pages: new Map(Object.entries(hashes.pages).map(([page, list]) => [page, contentSecurityPolicy(list)])),
    notFound: contentSecurityPolicy(hashes.notFound),
    shellIds: Object.fromEntries(Object.entries(hashes.shellIds ?? {}).map(([folder, ids]) => [folder, new Set(ids)])),
  };
  return cached;
}

/** "/events/a/" and "/events/a" name the same page; the build lists it as "/events/a". */
function pageKey(pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A malformed escape names no page: it gets the 404 page's policy.
  }
  return decoded.length > 1 ? decoded.replace(/\/+$/, "") : decoded;
}

/**
 * The app shells' pages (lib/event-pages.ts, lib/article-pages.ts), each built only when some events
 * (articles) have no page of their own, and which addresses each answers.
 */
const SHELLS: Array<{ page: string; folder: Folder; idOf: (page: string) => string | null }> = [
  { page: `/events/${SHELL_ID}`, folder: "events", idOf: idFromPath },
  { page: `/articles/${SHELL_ID}`, folder: "articles", idOf: articleIdFromPath },
];

/** Whether the shell answers this address: it names an id, and one the shell has (when the build listed them). */
function shellAnswers(shell: (typeof SHELLS)[number], page: string, shellIds: Policies["shellIds"]): boolean {
  const id = shell.idOf(page);
  const known = shellIds[shell.folder];
  return id !== null && (!known || known.has(id));
}

export function proxy(request: NextRequest) {
  // `next dev` writes other inline scripts and needs eval for its overlay: no policy there.
  if (process.env.NODE_ENV !== "production") return NextResponse.next();
  const { pages, notFound, shellIds } = policies();
  const page = pageKey(request.nextUrl.pathname);
  // An event or article address with no prerendered page is answered by its app shell, which reads
  // the id from the address the browser keeps (a rewrite, not a redirect). An id no event (article)
  // has is not: Next.js answers it with the 404 page and status (the static export cannot know,
  // and its shell says "not found").
  const shell = pages.has(page) ? undefined : SHELLS.find((s) => pages.has(s.page) && shellAnswers(s, page, shellIds));
  if (shell) {
    // Through nextUrl, which keeps the site's base path (timeline.config.json `basePath`) in front of the page.
    const target = request.nextUrl.clone();
    target.pathname = `${shell.page}/`;
    const response = NextResponse.rewrite(target);
    response.headers.set("Content-Security-Policy", pages.get(shell.page)!);
    return response;
  }
  // A path that is no page gets the 404 page, whatever it is (an image, a typo): its policy fits.
  const response = NextResponse.next();
  response.headers.set("Content-Security-Policy", pages.get(page) ?? notFound);
  return response;
}

export const config = {
  // Not the build's own scripts, styles and media: a policy means nothing on them.
  matcher: ["/((?!_next/static/|_next/image).*)"],
};
