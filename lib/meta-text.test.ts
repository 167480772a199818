import { describe, expect, it } from "vitest";
import { metaText } from "@/lib/meta-text";

describe("metaText", () => {
  it("makes one line without control characters, keeping everything else as text", () => {
    expect(metaText("java\rscript:x \u0001javascript:y\u0000 a\r\nb\tc\u2028d")).toBe("java script:x javascript:y a b c d");
    expect(metaText('  "><script>alert(1)</script>  ')).toBe('"><script>alert(1)</script>');
    expect(metaText("Blinken met Lavrov")).toBe("Blinken met Lavrov");
  });

  it("drops half characters left by a cut, keeps whole ones", () => {
    const flag = "\u{1F1FA}\u{1F1E6}";
    expect(metaText(`Kyiv ${flag}`.slice(0, -1))).toBe(`Kyiv \u{1F1FA}`);
    expect(metaText(`Kyiv ${flag}`.slice(0, -3))).toBe("Kyiv");
    expect(metaText(`Kyiv ${flag}`)).toBe(`Kyiv ${flag}`);
  });
});
