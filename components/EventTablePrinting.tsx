"use client";

import { useSyncExternalStore } from "react";
import { flushSync } from "react-dom";

/**
 * True while the page is being printed. A virtualized table only has the rows on screen in the
 * page, so it renders all of them for paper. `beforeprint` comes before the browser lays the
 * page out for printing: the new rows are committed synchronously inside it (flushSync), or the
 * printout would still hold the screenful. The print media query covers printing that fires no
 * event (print emulation, some browsers' preview).
 */
let printRequested = false;

function printMedia(): MediaQueryList {
  return window.matchMedia("print");
}

function subscribe(onChange: () => void): () => void {
  const media = printMedia();
  const before = () => {
    printRequested = true;
    flushSync(onChange);
  };
  const after = () => {
    printRequested = false;
    onChange();
  };
  window.addEventListener("beforeprint", before);
  window.addEventListener("afterprint", after);
  media.addEventListener("change", onChange);
  return () => {
    window.removeEventListener("beforeprint", before);
    window.removeEventListener("afterprint", after);
    media.removeEventListener("change", onChange);
  };
}

export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printRequested || printMedia().matches,
    () => false,
  );
}
