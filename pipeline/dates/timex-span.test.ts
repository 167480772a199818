import { describe, expect, it } from "vitest";
import { timexSpan } from "./index";

describe("timexSpan", () => {
  it.each([
    ["2022-01-03", "2022-01-03", "2022-01-03", "day"],
    ["2021-W52", "2021-12-27", "2022-01-02", "week"],
    ["2020-W53", "2020-12-28", "2021-01-03", "week"],
    ["2022-W01", "2022-01-03", "2022-01-09", "week"],
    ["2024-02", "2024-02-01", "2024-02-29", "month"],
    ["2022-Q1", "2022-01-01", "2022-03-31", "quarter"],
    ["2021-Q4", "2021-10-01", "2021-12-31", "quarter"],
    ["2014", "2014-01-01", "2014-12-31", "year"],
    ["2022-01-03T15:00", "2022-01-03", "2022-01-03", "day"],
  ])("%s", (value, start, end, precision) => {
    expect(timexSpan(value)).toEqual({ start, end, precision });
  });

  it.each(["199", "2022-SU", "P3D", "PAST_REF", "XXXX-XX-XX", "2021-W54", "2022-13", "2022-02-30", "XXXX-WXX-1"])(
    "has no span for %s",
    (value) => expect(timexSpan(value)).toBeNull(),
  );
});
