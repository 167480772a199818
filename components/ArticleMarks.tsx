"use client";

/**
 * Which highlights of the article page are marked, besides their plain highlight colour:
 * - lit: pointing at (or focusing) an event in the side list lights its passages in the text,
 *   and pointing at a passage lights its events in the list;
 * - target: the passage the URL's #anchor names. CSS `:target` does this on a full page load,
 *   but Next's client navigation (the event panel's passage links) changes the URL with
 *   history.pushState, which never updates `:target`.
 * Purely visual: every link works the same without it, and without JavaScript the page renders
 * as on the server (with `:target`).
 */
import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from "react";

interface Marks {
  lit: readonly string[];
  setLit: (eventIds: readonly string[]) => void;
  /** The anchor in the URL's hash, "" when none. */
  target: string;
}

const NONE: readonly string[] = [];
const MarksContext = createContext<Marks>({ lit: NONE, setLit: () => {}, target: "" });

function subscribeToUrl(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  window.addEventListener("popstate", onChange);
  // pushState fires neither event; the Navigation API reports it, in browsers that have one.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener("currententrychange", onChange);
  return () => {
    window.removeEventListener("hashchange", onChange);
    window.removeEventListener("popstate", onChange);
    navigation?.removeEventListener("currententrychange", onChange);
  };
}

/** The address's #fragment, decoded (as written when it is not valid escaping). */
export function hashAnchor(): string {
  try {
    return decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return window.location.hash.slice(1);
  }
}

export function ArticleMarksProvider({ children }: { children: ReactNode }) {
  const [lit, setLit] = useState<readonly string[]>(NONE);
  // "" on the server and while hydrating, then the real hash: no hydration mismatch.
  const target = useSyncExternalStore(subscribeToUrl, hashAnchor, () => "");
  return <MarksContext.Provider value={{ lit, setLit, target }}>{children}</MarksContext.Provider>;
}

/** Handlers that light `eventIds` while the pointer or the focus is inside the element. */
function useLit(eventIds: readonly string[]) {
  const { lit, setLit, target } = useContext(MarksContext);
  const on = () => setLit(eventIds);
  const off = () => setLit(NONE);
  return {
    isLit: eventIds.some((id) => lit.includes(id)),
    target,
    handlers: { onPointerEnter: on, onPointerLeave: off, onFocus: on, onBlur: off },
  };
}

/** A highlight in the text: `anchors` are the passages starting inside it, `eventIds` the events it reports. */
export function ArticleMark({ eventIds, anchors, children }: { eventIds: readonly string[]; anchors: readonly string[]; children: ReactNode }) {
  const { isLit, target, handlers } = useLit(eventIds);
  const isTarget = target !== "" && anchors.includes(target);
  return (
    <mark className="passage" data-lit={isLit || undefined} data-target={isTarget || undefined} {...handlers}>
      {children}
    </mark>
  );
}

/** An event in the side list. */
export function ArticleEventItem({ eventId, className, children }: { eventId: string; className?: string; children: ReactNode }) {
  const { isLit, handlers } = useLit([eventId]);
  return (
    <li className={className} data-lit={isLit || undefined} {...handlers}>
      {children}
    </li>
  );
}
