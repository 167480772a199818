import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ArticleCache } from "../cache/article-cache";
import { extractEvents } from "../extract";
import { computeAll } from "../parallel/pool";
import { testArticle } from "../ingest/test-article";
import { configureGazetteer, gazetteerExtrasKey, loadGazetteer, unknownAliasTargets } from "./gazetteer";
import { findActors } from "./find-actors";

const EXTRAS = {
  actors: [{ name: "Quill Council", kind: "organization" as const, country: null, aliases: ["the Quills"] }, { name: "Mira Talvo", kind: "person" as const, country: "FIN", role: "Special Envoy" }],
  aliases: { "Antony Blinken": ["Tony Blinken"] },
};
const names = (text: string) => findActors(text).map((m) => m.actor.name);

afterEach(() => configureGazetteer(null));

describe("actors and aliases from timeline.config.json", () => {
  it("joins the gazetteer, and leaves it as it was once unset", () => {
    const text = "Tony Blinken met the Quills and Mira Talvo in Geneva; Talvo spoke first.";
    expect(names(text)).not.toContain("Quill Council");
    configureGazetteer(EXTRAS);
    expect(names(text)).toEqual(["Antony Blinken", "Quill Council", "Mira Talvo", "Mira Talvo"]);
    expect(findActors(text).find((m) => m.actor.name === "Mira Talvo")?.actor).toEqual({ name: "Mira Talvo", kind: "person", country: "FIN", role: "Special Envoy" });
    configureGazetteer(null);
    expect(names(text)).not.toContain("Quill Council");
    expect(gazetteerExtrasKey()).toBe("");
  });

  it("wins over a data file's entry for the same words", () => {
    const country = loadGazetteer().entries.find((e) => e.alias === "Kyiv")!;
    expect(country.actor.kind).toBe("country");
    configureGazetteer({ actors: [{ name: "Kyiv City Council", kind: "organization", aliases: ["Kyiv"] }], aliases: {} });
    expect(loadGazetteer().entries.find((e) => e.alias === "Kyiv")!.actor.name).toBe("Kyiv City Council");
  });

  it("replaces a data-file actor it redeclares, keeping the names it was found by", () => {
    const text = "Blinken, speaking for the Atlantic alliance, met Ukrainian officials.";
    configureGazetteer({
      actors: [
        { name: "Antony Blinken", kind: "person", role: "Special Envoy" },
        { name: "NATO", kind: "group", country: null },
        { name: "Ukraine", kind: "country", aliases: ["Ukr."] },
      ],
      aliases: {},
    });
    const found = new Map(findActors(text).map((m) => [m.actor.name, m.actor]));
    // The surname alone still finds him (the data file's entry no longer shares it), with the config's role.
    expect(found.get("Antony Blinken")).toEqual({ name: "Antony Blinken", kind: "person", country: "USA", role: "Special Envoy" });
    expect(found.get("NATO")?.kind).toBe("group");
    // A redeclared country keeps its code and demonyms, and gains the config's aliases.
    expect(found.get("Ukraine")).toEqual({ name: "Ukraine", kind: "country", country: "UKR", role: null });
    expect(loadGazetteer().entries.filter((e) => e.actor.name === "Antony Blinken").map((e) => e.alias)).toEqual(expect.arrayContaining(["Blinken", "Tony Blinken"]));
    expect(loadGazetteer().entries.find((e) => e.alias === "Ukr.")?.actor.name).toBe("Ukraine");
    // One actor per name: the data file's own entries are gone.
    expect(new Set(loadGazetteer().entries.filter((e) => e.actor.name === "NATO").map((e) => e.actor.kind))).toEqual(new Set(["group"]));
  });

  it("lists aliases given for no known actor", () => {
    expect(unknownAliasTargets({ actors: EXTRAS.actors, aliases: { "Antony Blinken": ["x"], "Quill Council": ["y"], "Nobody Known": ["z"] } })).toEqual(["Nobody Known"]);
  });

  it("reach the worker threads, which then find the same actors", async () => {
    configureGazetteer(EXTRAS);
    const article = testArticle("a", "Tony Blinken met the Quills in Geneva on Monday to discuss Ukraine.", "2022-01-05");
    const jobs = Array.from({ length: 20 }, (_, order) => ({ article, order }));
    const inWorkers = await computeAll(jobs, 2);
    const here = await computeAll(jobs, 0);
    expect(inWorkers.get(3)!.events).toEqual(here.get(3)!.events);
    expect(here.get(3)!.events.flatMap((e) => e.passages.flatMap((p) => p.actors.map((a) => a.actor.name)))).toEqual(expect.arrayContaining(["Antony Blinken", "Quill Council"]));
  });

  it("are part of the article cache's key: another config extracts again", () => {
    const dir = mkdtempSync(join(tmpdir(), "config-cache-in-"));
    const cacheFile = join(mkdtempSync(join(tmpdir(), "config-cache-")), "events.json");
    writeFileSync(join(dir, "a.md"), "---\npublished: 2022-01-05\n---\nTony Blinken met the Quills in Geneva on Monday.\n");
    const plain = new ArticleCache(true, cacheFile);
    extractEvents(dir, { cache: plain });
    plain.save();
    configureGazetteer(EXTRAS);
    const configured = new ArticleCache(true, cacheFile);
    const result = extractEvents(dir, { cache: configured });
    expect([configured.hits, configured.misses]).toEqual([0, 1]);
    expect(result.eventsFile.events.flatMap((e) => e.actors.map((a) => a.name))).toContain("Quill Council");
    configured.save();
    const again = new ArticleCache(true, cacheFile);
    extractEvents(dir, { cache: again });
    expect([again.hits, again.misses]).toEqual([1, 0]);
  });
});
