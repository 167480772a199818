"use client";

import { useEffect } from "react";
import { withBasePath } from "@/lib/base-path";

/** The dev-only route (app/data/dev-version/route.dev.ts); never in a build. */
const VERSION_PATH = "/data/dev-version/";
const EVERY_MS = 1000;
/** The version the tab last reloaded for (sessionStorage): a page still older after that reload does not reload again. */
const RELOADED_FOR = "diplomatic-timeline:dev-reloaded-for";

/**
 * Under `npm run dev`, reloads the page when the watcher has written a new events.json (an article
 * was saved), so the open timeline shows the new events by itself. The view is in the address, so
 * it comes back as it was. A production build compiles this to nothing.
 *
 * `rendered` is the version the server made the page from. Counting from the first answer instead
 * missed a save made while the page was loading (next dev compiles the version route on its first
 * request, seconds on a small machine): that answer already had the new version, and the page kept
 * the old events until the next save. Should a reload still bring a page made from an older file (a
 * cached document), it is not reloaded again for the same version: one reload per change, never a loop.
 */
export function useDevDataReload(rendered: string): void {
  useEffect(() => {
    if (process.env.NODE_ENV !== "development") return;
    let seen = rendered;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const check = async () => {
      try {
        const response = await fetch(withBasePath(VERSION_PATH), { cache: "no-store" });
        const { version } = (await response.json()) as { version: string };
        if (version !== seen) {
          if (sessionStorage.getItem(RELOADED_FOR) !== version) {
            sessionStorage.setItem(RELOADED_FOR, version);
            window.location.reload();
            return;
          }
          seen = version;
        }
      } catch {
        // The dev server restarting: ask again.
      }
      if (live) timer = setTimeout(check, EVERY_MS);
    };
    void check();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [rendered]);
}
