import { describe, expect, it } from "vitest";
import { resolveReferences } from "./coreference";
import { distinctActors, findActors } from "./find-actors";

const names = (text: string) => findActors(text).filter((m) => !m.modifier).map((m) => `${m.text}=${m.actor.name}/${m.actor.kind}/${m.actor.country ?? "-"}`);

describe("actors from the gazetteer", () => {
  it("finds officials with role and country, by full name, variant or surname", () => {
    const [blinken] = distinctActors(findActors("U.S. Secretary of State Antony Blinken spoke."));
    expect(blinken).toEqual({ name: "Antony Blinken", kind: "person", country: "USA", role: "Secretary of State" });
    expect(names("Zelenskiy and Lavrov met.")).toEqual(["Zelenskiy=Volodymyr Zelenskyy/person/UKR", "Lavrov=Sergei Lavrov/person/RUS"]);
  });

  it("reads capitals, seats of government and demonyms as their country, and organizations by acronym or name", () => {
    expect(names("Moscow and the Kremlin rejected the OSCE plan.")).toEqual(["Moscow=Russia/country/RUS", "Kremlin=Kremlin/organization/RUS", "OSCE=OSCE/organization/-"]);
    expect(names("The Organization for Security and Cooperation in Europe met.")).toEqual(["Organization for Security and Cooperation in Europe=OSCE/organization/-"]);
    expect(names("Talks at the NATO-Russia Council.")).toEqual(["NATO-Russia Council=NATO-Russia Council/organization/-"]);
  });

  it("makes an unknown titled person an actor with the country of the word before the title", () => {
    const actors = distinctActors(findActors("Estonian Foreign Minister Eva-Maria Liimets called for unity."));
    expect(actors).toEqual([{ name: "Eva-Maria Liimets", kind: "person", country: "EST", role: "Foreign Minister" }]);
  });

  it("marks the country before a title as a qualifier, not a separate actor", () => {
    const mentions = findActors("Russian President Vladimir Putin warned.");
    expect(mentions.filter((m) => m.modifier).map((m) => m.text)).toEqual(["Russian"]);
    expect(distinctActors(mentions).map((a) => a.name)).toEqual(["Vladimir Putin"]);
  });

  it("ignores lowercase words and partial words", () => {
    expect(names("the united states of mind; Nationalists; Chadwick")).toEqual([]);
  });
});

describe("coreference", () => {
  const blinken = { name: "Antony Blinken", kind: "person" as const, country: "USA", role: "Secretary of State" };
  it("resolves a role noun to the latest person with that role", () => {
    const text = "The Secretary stressed the commitment.";
    expect(resolveReferences(text, 0, text.length, [blinken]).map((m) => [m.text, m.actor.name])).toEqual([["The Secretary", "Antony Blinken"]]);
  });
  it("leaves a pronoun unresolved when two people could be meant", () => {
    const price = { name: "Ned Price", kind: "person" as const, country: "USA", role: "State Department spokesperson" };
    const text = "\"We are united,\" he said.";
    expect(resolveReferences(text, 0, text.length, [blinken, price])).toEqual([]);
    expect(resolveReferences(text, 0, text.length, [blinken]).map((m) => m.actor.name)).toEqual(["Antony Blinken"]);
  });
});

describe("places are not actors", () => {
  it("reads a capital after a preposition of place as a place, and as a government elsewhere", () => {
    expect(names("Talks will open in Vienna; Moscow agreed.")).toEqual(["Moscow=Russia/country/RUS"]);
    expect(names("The envoy flew to Kyiv and met officials at the Kremlin.")).toEqual(["Kremlin=Kremlin/organization/RUS"]);
  });
});
