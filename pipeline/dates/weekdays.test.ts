import { describe, expect, it } from "vitest";
import { extractDates } from "./index";
import { mentionOf, values } from "./test-helpers";

const MONDAY = "2022-01-03"; // a Monday

describe("past-tense weekdays resolve to the latest such day on or before the reference", () => {
  it.each([
    ["Blinken spoke with Lavrov Monday.", "Monday", "2022-01-03"],
    ["In a phone call Monday, the two leaders agreed.", "Monday", "2022-01-03"],
    ["In a Sunday phone call, Biden warned Putin.", "Sunday", "2022-01-02"],
    ["The ministers met last Thursday in Geneva.", "last Thursday", "2021-12-30"],
    ["Officials said Friday that the talks had stalled.", "Friday", "2021-12-31"],
    ["Protesters gathered on Saturday.", "Saturday", "2022-01-01"],
  ])("%s", (text, words, value) => {
    const mention = mentionOf(text, MONDAY, words);
    expect(mention.value).toBe(value);
    expect(mention.type).toBe("DATE");
    expect(mention.basis).toBe("relative");
    expect(mention.future).toBe(false);
    expect(mention.span).toEqual({ start: value, end: value, precision: "day" });
  });

  it("names the rule that decided", () => {
    expect(mentionOf("He spoke Monday.", MONDAY, "Monday").rule).toBe("weekday-past");
    expect(mentionOf("They met last Thursday.", MONDAY, "last Thursday").rule).toBe("weekday-last");
  });

  it("keeps only the weekday when a '(local time)' parenthetical follows", () => {
    const text = "The call took place on Monday (local time).";
    const [mention] = extractDates(text, MONDAY);
    expect(mention?.text).toBe("Monday");
    expect(mention?.value).toBe("2022-01-03");
    expect(text.slice(mention!.start, mention!.end)).toBe("Monday");
  });
});

describe("future-tense weekdays resolve to the next such day after the reference", () => {
  it.each([
    ["They will meet on Friday.", "Friday", "2022-01-07"],
    ["Sherman is due to visit Geneva on Monday.", "Monday", "2022-01-10"],
    ["The delegations are set to meet on Wednesday.", "Wednesday", "2022-01-05"],
    ["Blinken plans to travel to Berlin on Thursday.", "Thursday", "2022-01-06"],
    ["The council is scheduled to vote next Friday.", "next Friday", "2022-01-07"],
  ])("%s", (text, words, value) => {
    const mention = mentionOf(text, MONDAY, words);
    expect(mention.value).toBe(value);
    expect(mention.future).toBe(true);
  });

  it("reads 'until Monday' and 'beginning Thursday' as ahead of the reference", () => {
    expect(mentionOf("Talks were adjourned until Monday.", MONDAY, "Monday").value).toBe("2022-01-10");
    expect(mentionOf("A meeting of the council beginning Thursday.", MONDAY, "Thursday").value).toBe("2022-01-06");
  });

  it("decides tense per sentence", () => {
    expect(values("Blinken spoke Monday. They will meet on Friday.", MONDAY)).toEqual([
      ["Monday", "2022-01-03"],
      ["Friday", "2022-01-07"],
    ]);
  });

  it("uses the nearest verb: 'said Monday that talks will resume'", () => {
    expect(mentionOf("Officials said Monday that talks will resume.", MONDAY, "Monday").value).toBe("2022-01-03");
  });
});

describe("weekday negatives and sets", () => {
  it("does not read newspaper names or holidays as days", () => {
    expect(values("The Sunday Times reported the deal.", MONDAY)).toEqual([]);
    expect(values("Christians marked Good Friday.", MONDAY)).toEqual([]);
  });

  it("reads 'every Monday' and 'on Mondays' as a SET", () => {
    const every = mentionOf("Talks are held every Monday.", MONDAY, "every Monday");
    expect(every).toMatchObject({ type: "SET", value: "XXXX-WXX-1", span: null });
    expect(mentionOf("They meet on Sundays.", MONDAY, "Sundays").value).toBe("XXXX-WXX-7");
  });

  it("returns unresolved, underspecified weekdays without a reference", () => {
    const mention = mentionOf("He spoke Monday.", null, "Monday");
    expect(mention).toMatchObject({ value: "XXXX-XX-XX", resolved: false, span: null, basis: "relative" });
  });
});

describe("a past plan after the date", () => {
  it("dates the agreement, not the plan", () => {
    expect(mentionOf("Croatia and Slovenia on Thursday agreed to cooperate on the border.", "2005-11-10", "Thursday").value).toBe("2005-11-10");
    expect(mentionOf("Croatia and Slovenia agreed to meet on Thursday.", "2005-11-08", "Thursday").value).toBe("2005-11-10");
  });
});

describe("within the day", () => {
  it("reads 'later Tuesday' on a Tuesday as that day, and on another day by tense", () => {
    expect(mentionOf("He will hold meetings later Tuesday with Ikeda.", "1997-04-08", "Tuesday").value).toBe("1997-04-08");
    expect(mentionOf("He will hold meetings later Tuesday with Ikeda.", "1997-04-07", "Tuesday").value).toBe("1997-04-08");
    expect(mentionOf("He will hold meetings on Tuesday with Ikeda.", "1997-04-08", "Tuesday").value).toBe("1997-04-15");
  });
});
