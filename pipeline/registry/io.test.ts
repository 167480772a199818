import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PipelineError } from "../errors";
import { describePassage } from "../anchoring/selectors";
import { adoptIds } from "./adopt";
import { defaultRegistryPath, readRegistry } from "./io";

describe("where the registry lives", () => {
  it("is data/id-registry.json for the app's data, and inside any other output folder", () => {
    expect(defaultRegistryPath("data/generated", "/repo")).toBe("/repo/data/id-registry.json");
    expect(defaultRegistryPath("/tmp/out", "/repo")).toBe("/tmp/out/id-registry.json");
  });

  it("is none yet on the first run, and stops the run when it cannot be read", () => {
    const dir = mkdtempSync(join(tmpdir(), "registry-io-"));
    expect(readRegistry(join(dir, "id-registry.json"))).toBeNull();
    writeFileSync(join(dir, "broken.json"), "{");
    expect(() => readRegistry(join(dir, "broken.json"))).toThrow(PipelineError);
    writeFileSync(join(dir, "wrong.json"), JSON.stringify({ schemaVersion: 1, ids: { "Not A Slug": {} } }));
    expect(() => readRegistry(join(dir, "wrong.json"))).toThrow(/does not match lib\/schema.ts/);
  });
});

describe("adoptIds", () => {
  const text = "Ministers met in Vienna on Tuesday. They agreed to meet again.";
  const published = {
    schemaVersion: 1,
    articles: [{ id: "wire", file: "wire.txt", title: "T", text }],
    events: [{ id: "undated-ministers-met", title: "Ministers met", date: null, type: "CONSULT", actors: [{ name: "Austria", kind: "country" }], sources: [{ articleId: "wire", start: 0, end: 35, quote: text.slice(0, 35) }] }],
  };

  it("records an older events.json's ids as live, with selectors from its own texts, and never rewrites a known id", () => {
    const { registry, added } = adoptIds(null, published);
    expect(added).toEqual(["undated-ministers-met"]);
    expect(registry.ids["undated-ministers-met"]).toMatchObject({ status: "live", date: null, actors: ["Austria"], sources: [{ articleId: "wire", file: "wire.txt", selector: describePassage(text, 0, 35) }] });
    const gone = { ...registry, ids: { "undated-ministers-met": { ...registry.ids["undated-ministers-met"]!, status: "gone" as const, reason: "r" } } };
    expect(adoptIds(gone, published)).toMatchObject({ added: [], known: ["undated-ministers-met"], registry: gone });
  });
});
