import { describe, expect, it } from "vitest";
import { extractDates } from "../dates/index";
import { testArticle } from "../ingest/test-article";
import { articleEvents } from "./article-events";

const eventsOf = (text: string, published: string | null) => {
  const a = testArticle("a", text, published);
  return articleEvents(a, 0, extractDates(a.text, published));
};

describe("events of one article", () => {
  it("dates a past weekday, joins the sentences that go on about it, and leaves out undated context", () => {
    const events = eventsOf(
      [
        "Foreign Minister Ann Linde met Sergei Lavrov in Stockholm on Thursday.",
        "Linde also urged Lavrov to pull back troops.",
        "Sweden is not a member of NATO.",
        "Russia has long opposed the alliance's expansion.",
      ].join(" "),
      "2021-12-04",
    );
    expect(events).toHaveLength(1);
    const [e] = events;
    expect(e).toMatchObject({ type: "CONSULT", status: "occurred", location: "Stockholm", date: { value: "2021-12-02", precision: "day", expression: "Thursday", basis: "relative" } });
    expect(e!.passages.map((p) => p.sentence.index)).toEqual([0, 1]);
    expect(e!.title).toBe("Linde met Sergei Lavrov in Stockholm");
  });

  it("marks plans as scheduled and old acts as background", () => {
    const events = eventsOf("Russian and Ukrainian ministers are set to meet in Vienna on January 10. Moscow annexed Crimea in 2014.", "2022-01-03");
    expect(events.map((e) => [e.status, e.date?.value, e.type])).toEqual([["scheduled", "2022-01-10", "CONSULT"], ["background", "2014", "COERCE"]]);
  });

  it("keeps relative dates unresolved in an undated article and says why", () => {
    const [e] = eventsOf("Biden and Putin held a phone call last Thursday.", null);
    expect(e!.date).toBeNull();
    expect(e!.unresolvedDate).toEqual({ expression: "last Thursday", articleId: "a", reason: "The article states no publication date, so this relative date cannot be counted from any day." });
  });

  it("merges two sentences of one article about the same call", () => {
    const events = eventsOf("Blinken spoke with NATO allies on Monday. In a phone call Monday with his counterparts, Blinken said the alliance was united. Separately, Biden met Macron on Tuesday.", "2022-01-05");
    expect(events.map((e) => [e.title, e.passages.length, e.date?.value])).toEqual([["Blinken spoke with NATO allies", 2, "2022-01-03"], ["Biden met Macron", 1, "2022-01-04"]]);
  });

  it("makes no event of a sentence that only mentions a date", () => {
    expect(eventsOf("Inflation reached 7 percent in December. The report was published on Monday.", "2022-01-12")).toEqual([]);
  });
});

describe("who acts", () => {
  it("makes no event without an actor, nor of speech without a named speaker", () => {
    expect(eventsOf("Talks were held on Monday. Traders said on Monday that prices rose.", "2022-01-05")).toEqual([]);
    expect(eventsOf("Lavrov said on Monday that talks would resume.", "2022-01-05").map((e) => e.type)).toEqual(["STATEMENT"]);
    expect(eventsOf("Lavrov said on Monday that a summit will open in Minsk.", "2022-01-05").map((e) => [e.type, e.status])).toEqual([["CONSULT", "scheduled"]]);
  });
});

describe("statements worth a place on the timeline", () => {
  it("keeps speech about someone else or about an act, and leaves out the rest", () => {
    expect(eventsOf("Lavrov said on Monday that prices were rising.", "2022-01-05")).toEqual([]);
    expect(eventsOf("Lavrov said on Monday that NATO was not listening.", "2022-01-05").map((e) => e.type)).toEqual(["STATEMENT"]);
  });
});

describe("CONSULT modes", () => {
  it("calls talks with a grouping of states multilateral, and keeps phone calls and visits as such", () => {
    expect(eventsOf("Blinken met the Bucharest Nine on Monday.", "2022-01-05")[0]!.mode).toBe("multilateral");
    expect(eventsOf("Blinken met Lavrov on Monday.", "2022-01-05")[0]!.mode).toBe("meet");
    expect(eventsOf("Blinken called NATO allies on Monday.", "2022-01-05")[0]!.mode).toBe("phone");
  });
});

describe("what is not diplomacy", () => {
  it("reads no events from a sports story", () => {
    const text = "Qatar hosted Jordan on Tuesday in the football tournament. The striker scored two goals and the coach praised the squad after the match.";
    expect(eventsOf(text, "2006-11-29")).toEqual([]);
  });

  it("takes violence without an attacker for no attack", () => {
    expect(eventsOf("Nineteen Venezuelans were killed in a bus collision on Wednesday.", "2005-11-24")).toEqual([]);
    expect(eventsOf("Three Iraqi soldiers were killed by Iranian shelling on Wednesday.", "2005-11-24").map((e) => e.type)).toEqual(["ASSAULT"]);
  });
});

describe("business news", () => {
  it("reads no events from a market report, but keeps diplomacy that mentions trade", () => {
    const market = "Qantas announced on Wednesday that it had chosen Boeing, and its shares rose. Analysts said profit and revenue would grow as sales and earnings beat forecasts, lifting the stock index; investors cheered the dividend.";
    expect(eventsOf(market, "2005-12-14")).toEqual([]);
    expect(eventsOf("Lavrov met Blinken on Monday to discuss trade and gas prices.", "2022-01-05")).toHaveLength(1);
  });
});

describe("happenings that did not happen or are not attacks", () => {
  it("leaves out scrapped plans, accidents, and nouns after numbers", () => {
    expect(eventsOf("Lavrov said Wednesday that he had scrapped plans to visit the United States.", "1997-04-18").map((e) => e.type)).toEqual(["STATEMENT"]);
    expect(eventsOf("A small plane crashed in Nigeria on Monday, killing two people on board.", "2005-11-28")).toEqual([]);
    expect(eventsOf("Philippine Long Distance said on Monday it has 1.52 million telephone lines.", "1997-04-16").map((e) => e.type)).not.toContain("CONSULT");
    expect(eventsOf("Militants from Pakistan attacked an Afghan border post on Monday.", "2006-12-18").map((e) => e.type)).toEqual(["ASSAULT"]);
  });
});
