import { describe, expect, it } from "vitest";
import type { IdRegistry, RegistryEntry } from "./schema";
import { resolveId, retiredIds } from "./id-registry";

const entry = (status: RegistryEntry["status"], extra: Partial<RegistryEntry> = {}): RegistryEntry => ({ status, title: `Title ${status}`, date: null, type: "CONSULT", actors: [], sources: [], ...extra });

const registry: IdRegistry = {
  schemaVersion: 1,
  ids: {
    a: entry("renamed", { successors: ["b"], reason: "re-worded" }),
    b: entry("gone", { reason: "No article reports it any more." }),
    c: entry("merged", { successors: ["d"], reason: "merged" }),
    d: entry("live"),
    e: entry("split", { successors: ["d", "f"], reason: "split" }),
    f: entry("live"),
    loop1: entry("renamed", { successors: ["loop2"] }),
    loop2: entry("renamed", { successors: ["loop1"] }),
    stale: entry("live"),
  },
};
const live = (id: string) => id === "d" || id === "f";

describe("resolveId", () => {
  it("answers live ids, moved ids and split ids with the live events", () => {
    expect(resolveId(registry, "d", live)).toEqual({ kind: "live", id: "d" });
    expect(resolveId(registry, "c", live)).toMatchObject({ kind: "moved", to: "d" });
    expect(resolveId(registry, "e", live)).toMatchObject({ kind: "split", to: ["d", "f"] });
  });

  it("explains an id renamed into one that has gone since, step by step", () => {
    expect(resolveId(registry, "a", live)).toMatchObject({ kind: "gone", reasons: ["re-worded", "Then “Title gone” went too. No article reports it any more."] });
  });

  it("survives a cycle, and does not answer for ids the data does not have", () => {
    expect(resolveId(registry, "loop1", live)).toMatchObject({ kind: "gone" });
    expect(resolveId(registry, "stale", live)).toBeNull();
    expect(resolveId(registry, "unknown", live)).toBeNull();
  });

  it("lists the retired ids to answer", () => {
    expect(retiredIds(registry, live)).toEqual(["a", "b", "c", "e", "loop1", "loop2"]);
  });
});
