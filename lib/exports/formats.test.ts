import { describe, expect, it } from "vitest";
import { EXPORT_FILES, EXPORT_FORMAT_LIST, inPlover, PLAIN_WHOLE_EXPORTS_UP_TO, wholeExportName } from "./formats";
import { EXPORT_FORMATS } from "./index";

describe("the export formats' files", () => {
  it("are the ones the exporters write", () => {
    for (const format of EXPORT_FORMAT_LIST) expect(EXPORT_FORMATS[format]).toMatchObject(EXPORT_FILES[format]);
  });

  it("are served plain up to the limit and gzipped past it", () => {
    expect(wholeExportName("events.csv", 2)).toBe("events.csv");
    expect(wholeExportName("events.csv", PLAIN_WHOLE_EXPORTS_UP_TO)).toBe("events.csv");
    expect(wholeExportName("plover.jsonl", PLAIN_WHOLE_EXPORTS_UP_TO + 1)).toBe("plover.jsonl.gz");
  });

  it("count a dated event of a PLOVER type as coded, and neither a statement nor an undated event", () => {
    const date = { start: "2022-01-03" };
    expect(inPlover({ date, type: "CONSULT" })).toBe(true);
    expect(inPlover({ date, type: "STATEMENT" })).toBe(false);
    expect(inPlover({ date: null, type: "CONSULT" })).toBe(false);
  });
});
