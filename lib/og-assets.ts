/**
 * What drawing the preview cards needs from disk, read once per build process (server only):
 * the font next/og bundles (so nothing is downloaded), which characters it has, and the event
 * type colours from app/globals.css (defined once, there).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { covers, readCoverage } from "@/lib/og-font";
import { parseTypeColors, type TypeColors } from "@/lib/og-card";
import type { CanDraw } from "@/lib/og-text";

// Geist Regular ships inside Next (next/og's default font): Latin and Cyrillic, no Greek, Arabic, CJK or emoji.
const FONT_FILE = path.join(process.cwd(), "node_modules", "next", "dist", "compiled", "@vercel", "og", "Geist-Regular.ttf");
const STYLESHEET = path.join(process.cwd(), "app", "globals.css");

export interface CardAssets {
  /** The same array every time: Satori caches a parsed font per fonts array. */
  fonts: Array<{ name: string; data: ArrayBuffer; weight: 400; style: "normal" }>;
  canDraw: CanDraw;
  colors: TypeColors;
}

let cached: CardAssets | null = null;

export function cardAssets(): CardAssets {
  if (cached) return cached;
  const font = readFileSync(FONT_FILE);
  const coverage = readCoverage(font);
  const data = font.buffer.slice(font.byteOffset, font.byteOffset + font.byteLength) as ArrayBuffer;
  cached = {
    fonts: [{ name: "Geist", data, weight: 400, style: "normal" }],
    canDraw: (cp) => covers(coverage, cp),
    colors: parseTypeColors(readFileSync(STYLESHEET, "utf8")),
  };
  return cached;
}
