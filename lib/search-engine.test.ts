import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { createSearch } from "@/lib/search-engine";

const search = createSearch(MiniSearch, [
  { id: "a", title: "Blinken calls Bucharest Nine ministers", passages: ["The call covered Russia's troop build-up.", "Ministers agreed to meet."] },
  { id: "b", title: "Sanctions announced", passages: ["The European Union imposed sanctions on Tuesday."] },
  { id: "c", title: "Talks in Geneva", passages: ["Delegations met in Geneva."] },
]);

describe("createSearch", () => {
  it("finds words in headlines and in passages, and names the passages that matched", () => {
    const hits = search("troop");
    expect(hits.map((h) => h.id)).toEqual(["a"]);
    expect(hits[0]!.passages).toEqual(["The call covered Russia's troop build-up."]);
    expect(search("geneva").map((h) => h.id)).toEqual(["c"]);
  });

  it("matches word prefixes and needs every word (AND)", () => {
    expect(search("sanct").map((h) => h.id)).toEqual(["b"]);
    expect(search("sanctions geneva")).toEqual([]);
  });

  it("quotes no passage when only the headline matched", () => {
    const [hit] = search("bucharest");
    expect(hit?.id).toBe("a");
    expect(hit?.passages).toEqual([]);
    expect(hit?.terms).toContain("bucharest");
  });

  it("finds nothing for a word no event has", () => {
    expect(search("zanzibar")).toEqual([]);
  });
});
