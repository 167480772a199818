"use client";

import { useEffect, useState } from "react";

/** What an app shell shows until (or instead of) what the address names: loading, not found, or failed. */
export type ShellState = "loading" | "missing" | "failed";

export type LoadedById<T> = { status: ShellState; value: null } | { status: "ready"; value: T };

/**
 * The thing an app shell's address names (an event, an article), loaded for its id: `load` gives
 * null when nothing has the id. A result that comes back after the id changed is dropped.
 */
export function useLoadedById<T>(id: string | null, load: (id: string) => Promise<T | null>): LoadedById<T> {
  const [loaded, setLoaded] = useState<{ id: string | null; state: LoadedById<T> }>({ id: null, state: { status: "loading", value: null } });
  useEffect(() => {
    if (!id) return;
    let live = true;
    load(id).then(
      (value) => live && setLoaded({ id, state: value === null ? { status: "missing", value: null } : { status: "ready", value } }),
      () => live && setLoaded({ id, state: { status: "failed", value: null } }),
    );
    return () => {
      live = false;
    };
  }, [id, load]);
  if (!id) return { status: "missing", value: null };
  return loaded.id === id ? loaded.state : { status: "loading", value: null };
}
