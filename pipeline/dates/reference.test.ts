import { describe, expect, it } from "vitest";
import { chooseReference } from "./index";

describe("chooseReference: publication date versus dateline", () => {
  it("takes the publication date", () => {
    expect(chooseReference({ published: "2022-01-03", datelineDate: "2022-01-03" })).toEqual({ reference: "2022-01-03", basis: "published", datelineDisagrees: false });
  });

  it("keeps the publication date when the dateline is one day off (a wire time-zone artefact)", () => {
    expect(chooseReference({ published: "2022-01-03", datelineDate: "2022-01-02" })).toMatchObject({ reference: "2022-01-03", basis: "published", datelineDisagrees: true });
    expect(chooseReference({ published: "2022-01-03T23:30:00Z", datelineDate: "2022-01-04" }).reference).toBe("2022-01-03");
  });

  it("falls back to a fully known dateline day without a publication date", () => {
    expect(chooseReference({ published: null, datelineDate: "1997-05-12" })).toEqual({ reference: "1997-05-12", basis: "dateline", datelineDisagrees: false });
  });

  it("ignores impossible or partial days", () => {
    expect(chooseReference({ published: "2022-02-30", datelineDate: "Jan 3" })).toEqual({ reference: null, basis: null, datelineDisagrees: false });
    expect(chooseReference({})).toEqual({ reference: null, basis: null, datelineDisagrees: false });
  });
});
