import { describe, expect, it } from "vitest";
import { drawable, fit } from "@/lib/og-text";

// A font with Latin and Cyrillic only, like the one next/og bundles.
const latinCyrillic = (cp: number) => (cp >= 0x20 && cp <= 0x17f) || (cp >= 0x400 && cp <= 0x45f) || cp === 0x2026;

describe("drawable text", () => {
  it("keeps what the font has, Cyrillic included", () => {
    expect(drawable("Лавров met Blinken in Genève", latinCyrillic)).toBe("Лавров met Blinken in Genève");
  });

  it("drops emoji and flags, with the spaces around them", () => {
    expect(drawable("Summit 🇺🇸🤝🇷🇺 in Geneva 👩‍💼", latinCyrillic)).toBe("Summit in Geneva");
  });

  it("shows a run of an unsupported script as one ellipsis", () => {
    expect(drawable("Blinken met لافروف الوزير in Geneva", latinCyrillic)).toBe("Blinken met … in Geneva");
    expect(drawable("مؤتمر in Cairo", latinCyrillic)).toBe("… in Cairo");
  });

  it("is null when nothing legible is left", () => {
    expect(drawable("اجتماع وزراء الخارجية 🇪🇬", latinCyrillic)).toBeNull();
    expect(drawable("🎉", latinCyrillic)).toBeNull();
  });
});

describe("fitting text", () => {
  it("leaves short text alone", () => {
    expect(fit("Putin warned Biden", 40)).toBe("Putin warned Biden");
  });

  it("cuts long text at a word, without trailing punctuation, and marks the cut", () => {
    const text = "Foreign ministers of the two countries met in Geneva, agreeing to continue talks on security guarantees next week";
    const out = fit(text, 60);
    expect([...out].length).toBeLessThanOrEqual(60);
    expect(out).toBe("Foreign ministers of the two countries met in Geneva…");
  });

  it("cuts inside a very long word rather than dropping most of the text", () => {
    expect(fit("A Donaudampfschifffahrtsgesellschaftskapitänsmütze", 20)).toBe("A Donaudampfschifff…");
  });
});
