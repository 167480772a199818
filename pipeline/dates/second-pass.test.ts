import { describe, expect, it } from "vitest";
import { mentionOf, values } from "./test-helpers";

// Conventions added in the second TimeBank pass; each with a fixed reference and a negative case.
const REF = "1989-10-26"; // a Thursday, early in Q4

describe("durations with counts written out", () => {
  it.each([
    ["They lived in camps for 2 1/2 years.", "2 1/2 years", "P2Y6M"],
    ["A minute and a half later, a pilot called.", "A minute and a half", "PT1M30S"],
    ["The talks lasted two and a half days.", "two and a half days", "P2DT12H"],
    ["Over the next couple of years sales will rise.", "the next couple of years", "P2Y"],
    ["The base stays for at least 20 more years.", "at least 20 more years", "P20Y"],
    ["The loan may be extended for an additional year.", "an additional year", "P1Y"],
    ["Eight trading days after the crash, prices recovered.", "Eight trading days", "P8D"],
    ["He followed a several-year tenure as editor.", "several-year", "PXY"],
  ])("%s", (text, words, value) => {
    expect(mentionOf(text, REF, words)).toMatchObject({ type: "DURATION", value });
  });

  it("does not read a rate after a counted plural as a duration", () => {
    expect(values("This will add nearly 700 seats a week on the route.", REF)).toEqual([]);
    expect(values("Stocks rose to 4,430 tonnes from 3,025 tonnes a day earlier.", REF)).toEqual([["a day", "P1D"]]);
    expect(values("The talks took a week.", REF)).toEqual([["a week", "P1W"]]);
  });

  it("does not turn 'trading' into a qualifier of units other than days", () => {
    expect(values("It has two trading years.", REF)).toEqual([]);
  });
});

describe("quarters and years in results news", () => {
  it("reads a future-tense mention of the quarter just ended as that quarter", () => {
    expect(mentionOf("The company will report third-quarter results next month.", REF, "third-quarter").value).toBe("1989-Q3");
    // The quarter after the current one is still ahead.
    expect(mentionOf("The company will report a first-quarter loss.", REF, "first-quarter").value).toBe("1990-Q1");
  });

  it("reads the year-ago quarter in its longer forms", () => {
    const quarterly = "Third-quarter net fell. It earned $1.8 million for the corresponding period last year.";
    expect(mentionOf(quarterly, "1989-11-01", "the corresponding period last year").value).toBe("1988-Q3");
    // Without a quarter in view, "the same period" is some other span: only "last year" is dated.
    expect(values("Exports rose in the first nine months from the same period last year.", "1989-11-01")).toEqual([
      ["the first nine months", "P9M"],
      ["last year", "1988"],
    ]);
    expect(mentionOf("Sales for last year's quarter were $3 million.", "1989-11-01", "last year's quarter").value).toBe("1988-Q3");
    expect(mentionOf("For the quarter a year ago, it earned $5 million.", REF, "the quarter a year ago").value).toBe("1988-Q3");
    expect(values("Net for the year-earlier nine months rose.", REF)).toEqual([["nine months", "P9M"]]);
  });

  it("reads 'the latest fiscal year' as the last completed year and two quarters of a year as a half", () => {
    expect(mentionOf("It had sales of $5 billion in the latest fiscal year.", REF, "the latest fiscal year").value).toBe("1988");
    expect(values("Demand stays weak through the first two quarters of 1990.", REF)).toEqual([["the first two quarters of 1990", "1990-H1"]]);
    expect(values("Demand stays weak for two quarters.", REF)).toEqual([["two quarters", "P2Q"]]);
  });
});

describe("months, years and days read from the words around them", () => {
  it("takes 'since March' as past even in a sentence about the future", () => {
    expect(mentionOf("The carrier, on patrol since March, was scheduled to return.", "1990-08-13", "March").value).toBe("1990-03");
    expect(mentionOf("The carrier was scheduled to return in March.", "1990-08-13", "March").value).toBe("1991-03");
  });

  it("does not take a verb-like '-ed' word such as 'succeed' as a past form", () => {
    expect(mentionOf("Mr. Schwarz will succeed Mr. Davison Feb. 1.", REF, "Feb. 1").value).toBe("1990-02-01");
    expect(mentionOf("Mr. Schwarz succeeded Mr. Davison Feb. 1.", REF, "Feb. 1").value).toBe("1989-02-01");
  });

  it("does not read 'to' before a possessive month as a deadline", () => {
    expect(mentionOf("It made a revision Friday to December's figures.", "1998-02-06", "December").value).toBe("1997-12");
    expect(mentionOf("The vote was postponed to December.", "1998-02-06", "December").value).toBe("1998-12");
  });

  it("reads 'this year through August' within the reference year", () => {
    expect(mentionOf("Sales were flat this year through August.", "1989-10-27", "August").value).toBe("1989-08");
  });

  it("dates a month that qualifies a noun after an article, but not a procession", () => {
    expect(mentionOf("It is trying to sell itself under a June agreement.", "1989-10-27", "June").value).toBe("1989-06");
    expect(values("Thousands joined the March on Washington.", "1989-10-27")).toEqual([]);
  });

  it("keeps a year named 'fiscal' before a noun that looks counted", () => {
    expect(mentionOf("Sales will be above fiscal 1989 sales of $155 million.", "1989-11-02", "fiscal 1989").value).toBe("1989");
    expect(values("It sold 1989 shares of stock.", "1989-11-02")).toEqual([]);
  });

  it("reads 'a high for the year of $42' as the reference year, not 'the year of' an event", () => {
    expect(mentionOf("It rose to a high for the year of $42.875 a share.", "1989-10-30", "the year").value).toBe("1989");
    expect(values("It was the year of the flood.", "1989-10-30")).toEqual([]);
    expect(values("The year of 2006 marks an anniversary.", "1989-10-30")).toEqual([["2006", "2006"]]);
  });

  it("anchors 'the previous Friday' to the Friday the story is about", () => {
    const text = "Prices closed lower Friday in London. The index was down 4.5% from the previous Friday.";
    expect(mentionOf(text, "1989-10-30", "the previous Friday").value).toBe("1989-10-20");
    expect(mentionOf("The index was down from the previous Friday.", "1989-10-30", "the previous Friday").value).toBe("1989-10-27");
  });

  it("dates 'mid-afternoon' alone to the reference day", () => {
    expect(mentionOf("By mid afternoon, officials said 20 died.", "1998-03-06", "mid afternoon")).toMatchObject({ type: "TIME", value: "1998-03-06TAF" });
    expect(values("The afternoon papers said so.", "1998-03-06")).toEqual([]);
  });
});

describe("what is not a timex", () => {
  it("skips a title such as ABC's \"This Week\" and 'the past' before a period", () => {
    expect(values('Baker, speaking on ABC News\' "This Week," said so.', "1990-08-13")).toEqual([]);
    expect(values("He spoke this week.", "1990-08-13")).toEqual([["this week", "1990-W33"]]);
    expect(values("It was one of the events of the past century.", REF)).toEqual([]);
    expect(values("That belongs to the past.", REF)).toEqual([["the past", "PAST_REF"]]);
    expect(values("Attacks rose in the past years.", REF)).toEqual([["the past years", "PAST_REF"]]);
  });
});
