"use client";

import { useEffect } from "react";
import { withBasePath } from "@/lib/base-path";

/** The dev-only route (app/data/dev-version/route.dev.ts); never in a build. */
const VERSION_PATH = "/data/dev-version/";
const EVERY_MS = 1000;

/**
 * Under `npm run dev`, reloads the page when the watcher has written a new events.json (an article
 * was saved), so the open timeline shows the new events by itself. The view is in the address, so
 * it comes back as it was. A production build compiles this to nothing.
 */
export function useDevDataReload(): void {
  useEffect(() => {
    if (process.env.NODE_ENV !== "development") return;
    let seen: string | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const check = async () => {
      try {
        const response = await fetch(withBasePath(VERSION_PATH), { cache: "no-store" });
        const { version } = (await response.json()) as { version: string };
        if (seen !== null && version !== seen) window.location.reload();
        seen = version;
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
  }, []);
}
