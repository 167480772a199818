import { describe, expect, it } from "vitest";
import { mentionOf, values } from "./test-helpers";

describe("news conventions learned from wire and business copy", () => {
  it("dates deadlines without a year ahead of the reference", () => {
    expect(mentionOf("The dividend is payable Dec. 7 to holders of record Nov. 22.", "1989-10-27", "Dec. 7").value).toBe("1989-12-07");
    expect(mentionOf("The offer expires Nov. 6.", "1989-10-30", "Nov. 6").value).toBe("1989-11-06");
  });

  it("takes the nearest occurrence when the sentence gives no tense", () => {
    expect(mentionOf("The appointment takes effect Nov. 13.", "1989-11-02", "Nov. 13").rule).toBe("month-day-nearest");
    expect(mentionOf("The appointment takes effect Nov. 13.", "1989-11-02", "Nov. 13").value).toBe("1989-11-13");
  });

  it("reads 'a year ago' in quarterly results as the year-ago quarter", () => {
    const text = "Third-quarter profit rose to $5 million from $4 million a year ago.";
    expect(mentionOf(text, "1989-10-26", "a year ago").value).toBe("1988-Q3");
    expect(mentionOf("The plant opened a year ago.", "1989-10-26", "a year ago").value).toBe("1988");
  });

  it("reads quarters named with another year", () => {
    expect(mentionOf("It took a charge in the 1988 second quarter.", "1989-11-02", "the 1988 second quarter").value).toBe("1988-Q2");
    expect(mentionOf("Sales fell from the year-ago third quarter.", "1989-10-30", "the year-ago third quarter").value).toBe("1988-Q3");
  });

  it("reads months of a relatively named year and spoken years", () => {
    expect(mentionOf("In June last year, the leaders met.", "1998-02-19", "June last year").value).toBe("1997-06");
    expect(mentionOf("In nineteen ninety-one Keating was convicted.", "1998-01-15", "nineteen ninety-one").value).toBe("1991");
  });

  it("keeps anaphoric 'three days later' as a duration, not a date", () => {
    expect(values("Three days later, the talks collapsed.", "2022-01-03")).toEqual([["Three days", "P3D"]]);
  });

  it("leaves ages, rates and conjunctions alone", () => {
    expect(values("Mr. Reupke, 52 years old, earns $2 million a year and will leave as soon as possible.", "2022-01-03")).toEqual([]);
  });
});
