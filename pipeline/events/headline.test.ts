import { describe, expect, it } from "vitest";
import { findActors } from "../actors/find-actors";
import { extractDates } from "../dates/index";
import { chooseMainAct, datingMentions } from "./classify";
import { makeHeadline } from "./headline";
import { findTriggers } from "./triggers";

function headline(text: string, scheduled = false) {
  const act = chooseMainAct(text, findTriggers(text, 0, text.length), datingMentions(extractDates(text, "2022-01-05"), 0, text.length))!;
  return makeHeadline({ text, sentenceStart: 0, sentenceEnd: text.length, trigger: act.trigger, date: act.date, actors: findActors(text), scheduled });
}

describe("headlines", () => {
  it("names the subject by surname and cuts the predicate before the date", () => {
    expect(headline("U.S. Secretary of State Antony Blinken spoke with eastern NATO allies Monday about the buildup.")).toBe("Blinken spoke with eastern NATO allies");
    expect(headline("Moscow annexed Ukraine's Crimean Peninsula in 2014, with the West protesting.")).toBe("Moscow annexed Ukraine's Crimean Peninsula");
  });

  it("tells speech by what was said, without the date words", () => {
    expect(headline("Biden said last month that he is not considering sending U.S. troops to Ukraine.")).toBe("Biden said he is not considering sending U.S. troops to Ukraine");
  });

  it("makes a plain pattern for a call between two people, and uses a meeting's own name", () => {
    expect(headline("In a Sunday phone call, President Joe Biden told President Volodymyr Zelenskiy that allies stood firm.")).toBe("Biden and Zelenskyy hold phone call");
    expect(headline("Biden expressed support for efforts, starting next week with the bilateral Strategic Stability Dialogue.", true)).toBe("Strategic Stability Dialogue scheduled");
    expect(headline("Talks will open in Vienna next week.", true)).toBe("Talks will open in Vienna");
  });

  it("keeps a noun's own words when there are not two people", () => {
    expect(headline("Speaker Newt Gingrich arrived on Monday for a visit to Taiwan.")).toBe("Gingrich: visit to Taiwan");
  });
});

describe("short names", () => {
  it("uses the family name, whole regnal names, and the gazetteer's surname where it comes first", async () => {
    const { shortName } = await import("./headline");
    expect(shortName({ name: "Antony Blinken", kind: "person", country: "USA" })).toBe("Blinken");
    expect(shortName({ name: "Elizabeth II", kind: "person", country: "GBR" })).toBe("Elizabeth II");
    expect(shortName({ name: "Xi Jinping", kind: "person", country: "CHN" })).toBe("Xi");
    expect(shortName({ name: "NATO", kind: "organization", country: null })).toBe("NATO");
  });
});

describe("a date between the verb and its object", () => {
  it("is stepped over", () => {
    expect(headline("Iraq condemned on Thursday the suicide bombings in Amman.")).toBe("Iraq condemned the suicide bombings in Amman");
    expect(headline("Palestinian premier Ismail Haniya warned Saturday against drawing a line under talks.")).toBe("Haniya warned against drawing a line under talks");
  });
});
