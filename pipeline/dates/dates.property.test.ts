/**
 * Property test of the date stage: on any text, with or without a reference day, it never throws, and every
 * mention it returns is a real slice of the text (UTF-16 offsets, in order, not overlapping).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyText, isoDay, propertySettings } from "../test-arbitraries";
import { extractDates } from "./index";

describe("dates, on arbitrary text (property test)", () => {
  it("returns mentions that are exact, ordered, non-overlapping slices of the text", () => {
    fc.assert(
      fc.property(anyText, fc.option(isoDay, { nil: null }), (text, reference) => {
        const mentions = extractDates(text, reference);
        let previousEnd = 0;
        for (const m of mentions) {
          expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
          expect(m.start).toBeGreaterThanOrEqual(previousEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          if (m.span) expect(m.span.start <= m.span.end).toBe(true);
          previousEnd = m.end;
        }
      }),
      propertySettings(300),
    );
  });
});
