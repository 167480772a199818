/**
 * Drawing the cards for real (next/og: Satori + resvg), with the network cut off: the build is
 * offline, so a headline in a script the font lacks, or with emoji, must neither fetch nor fail.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Article, TimelineEvent } from "@/lib/schema";
import { buildEventView } from "@/lib/view";
import { toTimelineEntry } from "@/lib/timeline-entry";
import { buildEventCard, buildSiteCard } from "@/lib/og-card";
import { cardAssets } from "@/lib/og-assets";
import { eventCardResponse, siteCardResponse } from "@/lib/og-images";

const article: Article = { id: "a", file: "a.txt", title: "Переговоры в Женеве — مؤتمر 🇨🇭", source: null, url: null, published: "2022-01-22", publishedBasis: "metadata", text: "x" };
const event: TimelineEvent = {
  id: "e", title: "Лавров и Блинкен 🇷🇺🤝🇺🇸 встретились; الاجتماع في جنيف ends with 中文 and Ελληνικά", status: "scheduled", type: "CONSULT", location: null, confidence: 0.5,
  actors: [{ name: "Сергей Лавров", kind: "person", country: "RUS" }, { name: "وزير الخارجية", kind: "person", country: null }],
  date: null, sources: [{ articleId: "a", start: 0, end: 1, quote: "x" }],
};

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  expect(String.fromCharCode(...bytes.subarray(12, 16))).toBe("IHDR");
  // Colour type 3: indexed colours (a palette PNG, a third of the bytes of resvg's RGBA).
  expect(bytes[25]).toBe(3);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("drawing the preview cards offline", () => {
  // next/og loads its own layout engine from a data: URL; anything else would be a download.
  const realFetch = globalThis.fetch;
  const downloads: string[] = [];
  beforeEach(() => {
    downloads.length = 0;
    vi.stubGlobal("fetch", (input: string | URL | Request, init?: RequestInit) => {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      if (url.startsWith("data:")) return realFetch(input, init);
      downloads.push(url);
      return Promise.reject(new Error(`offline: ${url} may not be downloaded`));
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it("draws an event with Cyrillic, Arabic, CJK, Greek and emoji in it as a 1200×630 PNG, fetching nothing", async () => {
    const assets = cardAssets();
    const card = buildEventCard(buildEventView(event, new Map([["a", article]])), assets.colors, assets.canDraw);
    const response = await eventCardResponse(card, assets);
    const png = new Uint8Array(await response.arrayBuffer());
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(downloads).toEqual([]);
  });

  it("draws the site card", async () => {
    const assets = cardAssets();
    const entry = toTimelineEntry(buildEventView(event, new Map([["a", article]])), (code) => code);
    const png = new Uint8Array(await (await siteCardResponse(buildSiteCard([entry], 1, assets.colors), assets)).arrayBuffer());
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(downloads).toEqual([]);
  });
});
