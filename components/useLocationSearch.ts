"use client";

import { useSyncExternalStore } from "react";

/**
 * The address's query string, read without useSearchParams: useSearchParams makes a statically
 * rendered page give up its server HTML up to the nearest Suspense boundary, so the whole timeline
 * was painted again only after the JavaScript ran (a late Largest Contentful Paint). Here the server
 * and the first client render both see "" (the HTML hydrates as is), and the real query follows at
 * once. Back/forward fire popstate; our own history writes announce themselves with VIEW_URL_CHANGE.
 */
const VIEW_URL_CHANGE = "timeline:view-url-change";

export function announceViewUrlChange(): void {
  window.dispatchEvent(new Event(VIEW_URL_CHANGE));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(VIEW_URL_CHANGE, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(VIEW_URL_CHANGE, onChange);
  };
}

export function useLocationSearch(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search.replace(/^\?/, ""),
    () => "",
  );
}
