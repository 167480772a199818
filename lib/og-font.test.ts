import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { covers, readCoverage } from "@/lib/og-font";

// The font next/og bundles, which the preview cards use.
const geist = readFileSync(path.join(process.cwd(), "node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf"));

describe("a font's coverage", () => {
  const coverage = readCoverage(geist);
  const has = (ch: string) => covers(coverage, ch.codePointAt(0)!);

  it("is read from the cmap table", () => {
    for (const ch of "Aaz09éğ€…“”–—ЖЯя") expect(has(ch), ch).toBe(true);
  });

  it("leaves out what the font lacks", () => {
    for (const ch of "عא中α😀🇺\u200d") expect(has(ch), ch).toBe(false);
  });

  it("is sorted and without overlaps, for the binary search", () => {
    for (let i = 1; i < coverage.length; i++) expect(coverage[i]![0]).toBeGreaterThan(coverage[i - 1]![1] + 1);
  });

  it("refuses what is not a font", () => {
    expect(() => readCoverage(new Uint8Array(64))).toThrow(/cmap/);
  });
});
