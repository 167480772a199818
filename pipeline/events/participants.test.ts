import { describe, expect, it } from "vitest";
import { findActors } from "../actors/find-actors";
import { extractDates } from "../dates/index";
import { chooseMainAct, datingMentions } from "./classify";
import { participantsOf } from "./participants";
import { findTriggers } from "./triggers";

function parts(text: string) {
  const act = chooseMainAct(text, findTriggers(text, 0, text.length), datingMentions(extractDates(text, "2022-01-05"), 0, text.length))!;
  return participantsOf(text, 0, text.length, act.trigger, act.date, findActors(text));
}

describe("who acts and who is acted upon", () => {
  it("reads subject and object around the verb", () => {
    expect(parts("Russian President Vladimir Putin warned Joe Biden on Monday.")).toEqual({ sources: ["Vladimir Putin"], targets: ["Joe Biden"] });
    expect(parts("Moscow annexed Ukraine's Crimea in 2014.")).toEqual({ sources: ["Russia"], targets: ["Ukraine"] });
  });

  it("takes the subject of reported speech from the reported clause", () => {
    expect(parts("The Kremlin said on Monday that Putin warned Biden.")).toEqual({ sources: ["Vladimir Putin"], targets: ["Joe Biden"] });
  });

  it("gives no direction to an act named by a noun", () => {
    expect(parts("In a phone call on Monday, Biden told Zelenskyy that allies stood firm.")).toEqual({ sources: [], targets: [] });
  });

  it("has no object when the verb has none", () => {
    expect(parts("Lavrov arrived and NATO protested on Monday.").targets).toEqual([]);
  });
});

describe("the passive voice", () => {
  it("makes the subject the target and the 'by' agent the source", () => {
    expect(parts("Opposition leader Ann Smith was detained by Russia on Monday.")).toEqual({ sources: ["Russia"], targets: ["Ann Smith"] });
    expect(parts("Opposition leader Ann Smith was arrested on Monday.")).toEqual({ sources: [], targets: ["Ann Smith"] });
  });
});
