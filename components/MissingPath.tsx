"use client";

import { useSyncExternalStore } from "react";
import { withoutBasePath } from "@/lib/base-path";

const subscribe = () => () => {};

/**
 * Names what was not found. The 404 page is one static file for every missing address, so
 * the address can only be read in the browser; before that (or without JavaScript) a general
 * sentence is shown.
 */
export function MissingPath() {
  // As the app's routes know it: without the site's base path.
  const path = useSyncExternalStore(subscribe, () => withoutBasePath(window.location.pathname), () => null);
  const event = path?.match(/^\/events\/([^/]+)/)?.[1];
  const article = path?.match(/^\/articles\/([^/]+)/)?.[1];
  const name = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  if (event) return <p>There is no event “{name(event)}” in this timeline. Event links change only when the articles are processed again and an event is merged or dropped.</p>;
  if (article) return <p>There is no article “{name(article)}” in this collection.</p>;
  if (path) return <p>Nothing lives at {path}.</p>;
  return <p>The event, article or page you asked for is not in this timeline.</p>;
}
