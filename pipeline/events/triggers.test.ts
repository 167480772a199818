import { describe, expect, it } from "vitest";
import { extractDates } from "../dates/index";
import { chooseMainAct, datingMentions } from "./classify";
import { findTriggers, isAsserted, type Trigger } from "./triggers";

const triggersOf = (text: string) => findTriggers(text, 0, text.length);
const flags = (t: Trigger) => ({ text: t.text, type: t.entry.type, asserted: isAsserted(t), future: t.future, ongoing: t.ongoing });

describe("triggers", () => {
  it("names the act and its PLOVER type and mode, for verbs and nouns", () => {
    expect(triggersOf("Blinken spoke with his counterparts.").map((t) => [t.text, t.entry.type, t.entry.mode])).toEqual([["spoke with", "CONSULT", "talk"]]);
    expect(triggersOf("They held a phone call.").map((t) => [t.text, t.entry.type, t.entry.mode])).toEqual([["phone call", "CONSULT", "phone"]]);
    // How the talk was held may stand between the verb and its particle.
    expect(triggersOf("Hayashi spoke by phone with Payne.").map((t) => [t.text, t.entry.type])).toEqual([["spoke by phone with", "CONSULT"]]);
    for (const gap of ["over the phone", "on Monday", "by video link", "by phone on Monday", "Sunday"]) {
      expect(triggersOf(`Hayashi spoke ${gap} with Payne.`).map((t) => t.text), gap).toEqual([`spoke ${gap} with`]);
    }
    // Whole phrases only: a stray word or a gap longer than four words ends the particle's search.
    for (const gap of ["phone", "by", "over the", "at length", "by phone on Monday again"]) {
      expect(triggersOf(`Hayashi spoke ${gap} with Payne.`).map((t) => t.text), gap).not.toContain(`spoke ${gap} with`);
    }
    expect(triggersOf("Biden told Zelenskyy during a call.").map((t) => [t.text, t.entry.pos])).toEqual([["told", "verb"], ["call", "noun"]]);
  });

  it("does not read a capitalised name as a verb", () => {
    expect(triggersOf("The United States Rally Party met.").map((t) => t.text)).toEqual(["met"]);
  });

  it("negation and hypotheticals are not happenings", () => {
    expect(triggersOf("He is not considering sending troops.").map(flags)).toEqual([{ text: "sending troops", type: "MOBILIZE", asserted: false, future: false, ongoing: false }]);
    expect(triggersOf("They would impose sanctions if Russia invades.").every((t) => !isAsserted(t))).toBe(true);
    expect(triggersOf("He urged Putin to withdraw troops.").map((t) => [t.text, isAsserted(t)])).toEqual([["urged", true], ["withdraw", false]]);
  });

  it("quoted words are speech, not acts", () => {
    expect(triggersOf('"We discussed the buildup," Price said.').map((t) => [t.text, isAsserted(t)])).toEqual([["discussed", false], ["buildup", false], ["said", true]]);
  });

  it("plans are scheduled and progressives ongoing", () => {
    expect(triggersOf("Officials are set to meet in Geneva.").map(flags)).toEqual([{ text: "meet", type: "CONSULT", asserted: true, future: true, ongoing: false }]);
    expect(triggersOf("The ministers will visit Kyiv.")[0]!.future).toBe(true);
    expect(triggersOf("The United States has been dispatching arms.")[0]!.ongoing).toBe(true);
  });
});

describe("the main act of a sentence", () => {
  const main = (text: string, reference: string | null = "2022-01-03") => {
    const act = chooseMainAct(text, triggersOf(text), datingMentions(extractDates(text, reference), 0, text.length));
    return act && { act: act.trigger.text, type: act.trigger.entry.type, date: act.date?.text ?? null };
  };

  it("prefers the act that its date belongs to", () => {
    expect(main("The leaders held a phone call last Thursday, with Biden warning Putin.")).toEqual({ act: "phone call", type: "CONSULT", date: "last Thursday" });
    expect(main("The call comes days before officials are set to meet in Geneva on January 10.")).toMatchObject({ act: "meet", date: "January 10" });
  });

  it("lets speech give way to the act it reports, but keeps its date", () => {
    expect(main("The Kremlin said last week that Putin warned Biden.")).toEqual({ act: "warned", type: "THREATEN", date: "last week" });
    expect(main("Yesterday, Biden told Zelenskyy during a call that allies stand firm.")).toEqual({ act: "call", type: "CONSULT", date: "Yesterday" });
  });

  it("is a statement when the only act is negated", () => {
    expect(main("Biden said last month that he is not considering sending troops.")).toEqual({ act: "said", type: "STATEMENT", date: "last month" });
  });

  it("finds none in a sentence without a diplomatic act", () => {
    expect(main("Prices rose by 3 percent on Monday.")).toBeNull();
  });
});

describe("phrasal triggers", () => {
  it("reads 'called Sunday for' as a request and 'called Lavrov' as a call", () => {
    expect(triggersOf("Peres called Sunday for new elections.").map((t) => [t.text, t.entry.type])).toEqual([["called Sunday for", "REQUEST"]]);
    expect(triggersOf("Blinken called Lavrov.").map((t) => [t.text, t.entry.type])).toEqual([["called", "CONSULT"]]);
    expect(triggersOf("They spoke about trade with Japan.").map((t) => t.text)).toEqual([]);
  });
});

describe("reported speech", () => {
  const main = (text: string) => {
    const act = chooseMainAct(text, triggersOf(text), datingMentions(extractDates(text, "2022-01-07"), 0, text.length));
    return act && { act: act.trigger.text, date: act.date?.text ?? null };
  };
  it("is dated by the reported act when it has its own date, else by the report", () => {
    expect(main("The Kremlin said on Friday that Putin warned Biden on Thursday.")).toEqual({ act: "warned", date: "Thursday" });
    expect(main("The Kremlin said on Friday that Putin warned Biden.")).toEqual({ act: "warned", date: "Friday" });
  });
});

describe("participles", () => {
  it("reads 'was detained' as passive and an opening 'Asked when' as the reporter's question", () => {
    expect(triggersOf("He was detained on Monday.")[0]).toMatchObject({ text: "detained", passive: true });
    expect(triggersOf("Police detained him on Monday.")[0]).toMatchObject({ text: "detained", passive: false });
    expect(triggersOf("Asked when talks would resume, Lavrov said nothing.").map((t) => [t.text, isAsserted(t)])).toEqual([["Asked", false], ["talks", false], ["said", true]]);
  });
});

describe("nouns that are not acts", () => {
  it("ignores a press conference and a noun that is only the topic of what was said", () => {
    expect(triggersOf("Kong Quan met reporters at a press conference.").map((t) => t.text)).toEqual(["met"]);
    const text = "Wang Yi said Thursday that the visit to the shrine is the main obstacle.";
    const act = chooseMainAct(text, triggersOf(text), datingMentions(extractDates(text, "2022-01-07"), 0, text.length));
    expect(act?.trigger.text).toBe("said");
  });
});

describe("words that are something else after certain words", () => {
  it("does not read 'mobile phone subscribers' as a phone call", () => {
    expect(triggersOf("Mobile phone subscribers topped 380 million.").map((t) => t.text)).toEqual([]);
    expect(triggersOf("Blinken phoned Lavrov.").map((t) => t.entry.mode)).toEqual(["phone"]);
  });
});

describe("dates in other clauses", () => {
  it("does not date the main act by a date inside a relative clause", () => {
    const text = "Kenya, which helped form the Somali government in 2004, asked Ethiopia to cease operations.";
    const act = chooseMainAct(text, triggersOf(text), datingMentions(extractDates(text, "2006-12-27"), 0, text.length));
    expect(act?.trigger.text).toBe("asked");
    expect(act?.date).toBeNull();
  });
});

describe("clauses inside long quoted sentences", () => {
  const dateOf = (text: string, reference: string) => {
    const act = chooseMainAct(text, triggersOf(text), datingMentions(extractDates(text, reference), 0, text.length), 0);
    return act?.date?.text ?? null;
  };
  it("ends a clause at a full stop inside a quotation, but not at an initial", () => {
    // "next year" belongs to the quoted "When ..." clause, "the end of the year" to "where ...": neither dates the saying.
    expect(dateOf('"You transformed the bank. When the governors meet in Kiev next year, we hope you will be there," Chalker told the board.', "1997-04-15")).toBeNull();
    expect(dateOf('"Iran is in breach," Stanzel said in Crawford, where President George W. Bush was spending the end of the year.', "2006-12-27")).toBeNull();
    expect(dateOf('"Iran is in breach," Stanzel said on Friday in Crawford.', "2006-12-27")).toBe("Friday");
  });
});
