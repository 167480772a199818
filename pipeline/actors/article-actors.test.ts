import { describe, expect, it } from "vitest";
import { ArticleActors } from "./article-actors";
import { findUnknownActors } from "./unknown-actors";

const actIn = (text: string, verb: string) => {
  const start = text.indexOf(verb);
  return [{ start, end: start + verb.length }];
};
const unknown = (text: string, verb: string) => findUnknownActors(text, 0, text.length, actIn(text, verb), []).map((m) => [m.text, m.actor.kind]);

describe("unknown names that act like actors", () => {
  it("guesses people, organizations and groups from the name's words", () => {
    expect(unknown("On Monday Hamza Yusuf met the envoy.", "met")).toEqual([["Hamza Yusuf", "person"]]);
    expect(unknown("The Ministry of Defence denied the report.", "denied")).toEqual([["Ministry of Defence", "organization"]]);
    expect(unknown("Officials said the Popular Front condemned the attack.", "condemned")).toEqual([["Popular Front", "group"]]);
    expect(unknown("The envoy met Hamza Yusuf in Doha.", "met")).toEqual([["Hamza Yusuf", "person"]]);
  });

  it("leaves out lone words, sentence openers, days and months", () => {
    expect(unknown("Yusuf met the envoy.", "met")).toEqual([]);
    expect(unknown("On Monday officials met.", "met")).toEqual([]);
    expect(unknown("Last March the envoy met Friday Prayers leaders.", "met")).toEqual([]);
    expect(unknown("The Kremlin met.", "met")).toEqual([]);
  });
});

describe("actors through an article", () => {
  it("finds a titled person later by surname alone", () => {
    const text = "Estonian Foreign Minister Eva-Maria Liimets met Lavrov. Liimets said the talks were useful.";
    const actors = new ArticleActors(text);
    const first = actors.inSentence(0, 55, [], []);
    expect(first.filter((m) => !m.modifier).map((m) => m.actor.name)).toEqual(["Eva-Maria Liimets", "Sergei Lavrov"]);
    const second = actors.inSentence(56, text.length, [], []);
    expect(second.map((m) => [m.text, m.actor.name, m.actor.country])).toEqual([["Liimets", "Eva-Maria Liimets", "EST"]]);
  });
});
