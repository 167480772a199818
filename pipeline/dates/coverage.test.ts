import { describe, expect, it } from "vitest";
import { mentionOf, values } from "./test-helpers";

const REF = "2022-01-03"; // a Monday, ISO week 2022-W01

describe("periods around the reference, with early/earlier/later", () => {
  it.each([
    ["They met early this week.", "early this week", "2022-W01"],
    ["Prices rose earlier this month.", "earlier this month", "2022-01"],
    ["A vote is due later this year.", "later this year", "2022"],
    ["Exports fell late last year.", "late last year", "2021"],
    ["The envoy returns next month.", "next month", "2022-02"],
  ])("%s", (text, words, value) => {
    expect(mentionOf(text, REF, words).value).toBe(value);
  });

  it("does not read 'the next week' after 'over' as a date", () => {
    expect(values("Talks continue over the next week.", REF).map(([, value]) => value)).not.toContain("2022-W02");
  });
});

describe("seasons, counted offsets and fiscal periods", () => {
  it("reads seasons relative to the reference", () => {
    expect(mentionOf("The offensive began last summer.", REF, "last summer").value).toBe("2021-SU");
    expect(mentionOf("Talks resume next spring.", REF, "next spring").value).toBe("2023-SP");
    expect(values("Prices fall as the economy cools.", REF)).toEqual([]); // "fall" the verb
  });

  it("counts 'a week from now' and 'two days ago'", () => {
    expect(mentionOf("They will meet a week from now.", REF, "a week from now").value).toBe("2022-W02");
    expect(mentionOf("They met two days ago.", REF, "two days ago").value).toBe("2022-01-01");
  });

  it("reads fiscal quarters and fiscal years (TimeML: the year's value, no FY prefix)", () => {
    expect(mentionOf("Profit rose in the fiscal first quarter.", "1989-11-02", "the fiscal first quarter").value).toBe("1989-Q1");
    expect(mentionOf("Sales in fiscal 1990 rose.", REF, "fiscal 1990").value).toBe("1990");
    expect(mentionOf("Earnings for the last half of 1989 fell.", REF, "the last half of 1989").value).toBe("1989-H2");
    expect(values("It follows the trend of the last half of the '80s.", REF)).toEqual([["the '80s", "198"]]);
  });

  it("keeps 'last quarter' alone the previous quarter, not Q4", () => {
    expect(values("Profit fell last quarter.", "1989-11-02")).toEqual([["last quarter", "1989-Q3"]]);
  });
});

describe("ranges", () => {
  it("gives both ends of 'from Jan 10 to Jan 12'", () => {
    expect(values("Talks ran from Jan 10 to Jan 12.", REF)).toEqual([["Jan 10", "2022-01-10"], ["Jan 12", "2022-01-12"]]);
  });

  it("splits 'Jan 10-12' and 'January 10-12, 2022' into their ends", () => {
    expect(values("Talks ran Jan 10-12.", REF)).toEqual([["Jan 10", "2022-01-10"], ["12", "2022-01-12"]]);
    expect(values("Talks ran January 10-12, 2021.", REF)).toEqual([["January 10", "2021-01-10"], ["12, 2021", "2021-01-12"]]);
  });

  it("does not split a single date, nor fractions that look like slash dates", () => {
    expect(values("Talks ran on Jan 10.", REF)).toEqual([["Jan 10", "2022-01-10"]]);
    expect(values("LIN surged 4 5/8 to 112 5/8; notes pay 12 3/4%.", REF)).toEqual([]);
  });
});

describe("references to present, past and future", () => {
  it("reads 'one day' after a modal as the future, otherwise as a length", () => {
    expect(mentionOf("Islam will one day be the largest faith.", REF, "one day")).toMatchObject({ type: "DATE", value: "FUTURE_REF" });
    expect(mentionOf("The strike lasted one day.", REF, "one day")).toMatchObject({ type: "DURATION", value: "P1D" });
  });

  it("does not emit PAST_REF for 'former' (TimeBank annotates none of its 15 uses)", () => {
    expect(values("The former minister spoke.", REF)).toEqual([]);
  });
});

describe("the end of a month is the month", () => {
  it("values 'the end of November' as the month, not its last day", () => {
    expect(mentionOf("The offer expires at the end of November.", "1989-11-02", "November").value).toBe("1989-11");
  });
});

describe("'then current' and adjectival participles", () => {
  it("reads 'then current' as past, and a participle after a determiner as no past cue", () => {
    expect(values("Holders may buy shares at the then current market price.", "1989-10-26")).toEqual([["then current", "PAST_REF"]]);
    expect(values("It would be paid on a still unspecified date in January.", "1989-10-26")).toEqual([["January", "1990-01"]]);
    expect(values("The plant was closed in January.", "1989-10-26")).toEqual([["January", "1989-01"]]);
  });
});

describe("'that year', 'that month', 'that quarter'", () => {
  it("is the period the story last named, and nothing when it named none", () => {
    expect(values("Imports rose 5% in 1988. The company's share of imports that year was small.", "1989-11-02")).toEqual([["1988", "1988"], ["that year", "1988"]]);
    expect(values("Sales peaked in March 1987, and that month the plant closed.", "1989-11-02")).toEqual([["March 1987", "1987-03"], ["that month", "1987-03"]]);
    expect(values("Results for that quarter included a charge.", "1989-10-27")).toEqual([]);
  });
});

describe("'at this moment'", () => {
  it("is now", () => {
    expect(values("He would not travel at this crucial moment.", "1990-08-15")).toEqual([["this crucial moment", "PRESENT_REF"]]);
    expect(values("This moment of truth passed.", "1990-08-15")).toEqual([]);
  });
});

describe("fractions and generic eras", () => {
  it("reads 'a quarter of' as a fraction and 'the people of tomorrow' as no day", () => {
    expect(values("Junk bonds account for more than a quarter of the market.", "1989-10-27")).toEqual([]);
    expect(values("Profit fell in the quarter.", "1989-10-27")).toEqual([["the quarter", "1989-Q3"]]);
    expect(values("If I were choosing the people of tomorrow, I would choose others.", "1989-11-02")).toEqual([]);
    expect(values("The board meets tomorrow.", "1989-11-02")).toEqual([["tomorrow", "1989-11-03"]]);
  });
});

describe("years inside names", () => {
  it("leaves 'Orion 1980' and 'Euro 2004' to be names, but keeps 'December 1980' and 'For 1988'", () => {
    expect(values("a joint venture called Orion 1980, making parts", "1998-04-18")).toEqual([]);
    expect(values("Fans went to the Euro 2004 final.", "2004-07-05")).toEqual([]);
    expect(values("It was founded in December 1980.", "1998-04-18")).toEqual([["December 1980", "1980-12"]]);
    expect(values("Sales fell. For 1988, BellSouth earned more.", "1989-10-27")).toEqual([["1988", "1988"]]);
  });
});
