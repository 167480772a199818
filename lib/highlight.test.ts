import { describe, expect, it } from "vitest";
import { excerptAround, highlightParts } from "@/lib/highlight";

describe("search highlighting", () => {
  it("marks whole matched words, case-insensitively, and keeps the text intact", () => {
    const parts = highlightParts("Officials meet in Geneva, not geneva’s suburbs.", new Set(["geneva"]));
    expect(parts.map((p) => p.text).join("")).toBe("Officials meet in Geneva, not geneva’s suburbs.");
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(["Geneva", "geneva"]);
  });

  it("never marks part of a longer word", () => {
    expect(highlightParts("Genevan", new Set(["geneva"])).some((p) => p.hit)).toBe(false);
  });

  it("quotes a passage around its first match, cut at words", () => {
    const text = `${"word ".repeat(40)}the talks in Geneva ${"more ".repeat(40)}`;
    const excerpt = excerptAround(text, new Set(["geneva"]), 20);
    expect(excerpt).toMatch(/^… .*Geneva.* …$/);
    expect(excerptAround("nothing here", new Set(["geneva"]))).toBeNull();
  });
});
