"use client";

import { useState } from "react";

/**
 * The array given, or the one given last time when it holds the same elements in the same order.
 * Filtering makes a new array on every change of the address, moving the chart's window included:
 * with 10,000 events, every pan then re-rendered every list row and rebuilt the chart's data.
 * Comparing is one pass over references, far cheaper than what it saves.
 */
export function useStableArray<A extends readonly unknown[]>(next: A): A {
  const [kept, setKept] = useState(next);
  if (kept === next || sameElements(kept, next)) return kept;
  // Remembering during render (React's "information from previous renders" pattern): no extra commit.
  setKept(next);
  return next;
}

function sameElements(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
