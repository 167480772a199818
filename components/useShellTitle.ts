"use client";

import { useEffect } from "react";
import { withoutBasePath } from "@/lib/base-path";
import { SITE_TITLE } from "@/lib/site-settings";

/**
 * An app shell's page title once its event or article is known, as its own page would have it.
 * The shell's metadata says only "Event" or "Article", and Next.js may write that title after this
 * effect runs (when the shell's metadata arrives): keep ours, but only while the address still
 * names this id (`idOf`), not once it has moved on to another page with a title of its own.
 */
export function useShellTitle(title: string | undefined, id: string | null, idOf: (pathname: string) => string | null) {
  useEffect(() => {
    if (!title) return;
    const wanted = `${title} · ${SITE_TITLE}`;
    const apply = () => {
      if (idOf(withoutBasePath(window.location.pathname)) === id && document.title !== wanted) document.title = wanted;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [title, id, idOf]);
}
