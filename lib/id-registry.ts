/**
 * What an event id leads to today, from the id registry (pipeline/registry) and the ids events.json
 * has. Pure: the event pages use it to answer old addresses, the pipeline's tests to check them.
 */
import type { IdRegistry, RegistryEntry } from "./schema";

export type IdResolution =
  | { kind: "live"; id: string }
  /** Renamed or merged into one event that is live now (possibly after several steps). */
  | { kind: "moved"; id: string; entry: RegistryEntry; to: string }
  /** Its passages now report several live events. */
  | { kind: "split"; id: string; entry: RegistryEntry; to: string[] }
  /** Nothing live carries it on; `reasons` says why, step by step. */
  | { kind: "gone"; id: string; entry: RegistryEntry; reasons: string[] };

/**
 * null for ids never given out (and for ids the registry calls live that events.json does not have:
 * the two files are out of step, and a wrong answer is worse than none).
 */
export function resolveId(registry: IdRegistry, id: string, isLive: (id: string) => boolean): IdResolution | null {
  if (isLive(id)) return { kind: "live", id };
  const entry = registry.ids[id];
  if (!entry || entry.status === "live") return null;
  const live: string[] = [];
  const later: string[] = [];
  const seen = new Set([id]);
  const queue = [...(entry.successors ?? [])];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    if (isLive(next)) {
      live.push(next);
      continue;
    }
    const step = registry.ids[next];
    if (step?.successors) queue.push(...step.successors);
    else if (step?.reason) later.push(`Then “${step.title}” went too. ${step.reason}`);
  }
  if (live.length === 1) return { kind: "moved", id, entry, to: live[0]! };
  if (live.length > 1) return { kind: "split", id, entry, to: live };
  return { kind: "gone", id, entry, reasons: [entry.reason ?? "It is no longer in this timeline.", ...later] };
}

/** Ids the registry holds that events.json does not: the addresses to answer with a moved or gone page. */
export function retiredIds(registry: IdRegistry, isLive: (id: string) => boolean): string[] {
  return Object.keys(registry.ids).filter((id) => !isLive(id) && registry.ids[id]!.status !== "live");
}
