/**
 * Where the live-reload test's `npm run dev` session keeps its files (./server.ts makes them,
 * ./live-reload.spec.ts writes articles there and reads what came out). One folder per port, in the
 * system's temporary folder, removed when the server stops: the repository's data/ is never touched.
 */
import { tmpdir } from "node:os";
import path from "node:path";

/** next dev's own folder (NEXT_DIST_DIR), relative to the project as next.config.js takes it; kept between runs as a cache, like .base-path/. */
export const DIST_DIR = path.join(".dev-e2e", "next");

export function devSession(port: number) {
  const root = path.join(tmpdir(), `diplomatic-timeline-dev-e2e-${port}`);
  return {
    root,
    /** ARTICLES_DIR: the folder the watcher watches. */
    articles: path.join(root, "articles"),
    /** `npm run dev -- --out`: events.json, report.json and the session's id registry. */
    out: path.join(root, "out"),
    eventsFile: path.join(root, "out", "events.json"),
    /** An empty site config: a timeline.config.json in the checkout must not change the test. */
    config: path.join(root, "timeline.config.json"),
    /** The article cache (DIPLOMATIC_TIMELINE_CACHE), away from the project's. */
    cache: path.join(root, "article-events.json"),
    /** Everything `npm run dev` printed, for the spec to find its `path:line:col` lines. */
    log: path.join(root, "dev.log"),
  };
}
