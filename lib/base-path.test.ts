import { afterEach, describe, expect, it, vi } from "vitest";
import { withBasePath, withoutBasePath } from "@/lib/base-path";
import { articleDataPath, shardPath } from "@/lib/data-files";
import { inlinedSiteConfig } from "@/lib/site-settings";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("addresses under the site's base path", () => {
  it("puts the base in front of the site's own paths, and nothing else", () => {
    expect(withBasePath("/data/timeline.json", "/timeline")).toBe("/timeline/data/timeline.json");
    expect(withBasePath("/", "/timeline")).toBe("/timeline/");
    expect(withBasePath("/events/a/?q=x", "/timeline")).toBe("/timeline/events/a/?q=x");
    for (const other of ["https://example.org/a", "//cdn.example.org/a", "#passage-1", "?q=x", "events/a/"]) expect(withBasePath(other, "/timeline")).toBe(other);
    expect(withBasePath("/data/timeline.json", "")).toBe("/data/timeline.json");
  });

  it("takes it off an address the browser shows, for the app's routes", () => {
    expect(withoutBasePath("/timeline/events/a/", "/timeline")).toBe("/events/a/");
    expect(withoutBasePath("/timeline", "/timeline")).toBe("/");
    expect(withoutBasePath("/timeline/", "/timeline")).toBe("/");
    // Only a whole segment is the base: "/timelines/" is another site.
    expect(withoutBasePath("/timelines/a/", "/timeline")).toBe("/timelines/a/");
    expect(withoutBasePath("/events/a/", "")).toBe("/events/a/");
  });

  it("names the detail files under it", () => {
    expect(shardPath(3, "/timeline")).toBe("/timeline/data/events/3.json.gz");
    expect(articleDataPath("a b", "/timeline")).toBe("/timeline/data/articles/a%20b.json");
    expect(shardPath(3)).toBe("/data/events/3.json.gz");
  });

  it("is what next.config.js inlines: the data files, the default view and the title follow it", async () => {
    expect(inlinedSiteConfig(undefined)).toEqual({});
    vi.stubEnv("TIMELINE_SITE", JSON.stringify({ title: "Crisis Desk", basePath: "/timeline", defaults: { lanes: "country", types: ["CONSULT"] } }));
    vi.resetModules();
    const files = await import("@/lib/data-files");
    expect([files.TIMELINE_FILE, files.ARTICLE_TITLES_FILE, files.SEARCH_INDEX_FILE]).toEqual(["/timeline/data/timeline.json", "/timeline/data/articles.json", "/timeline/search-index.json.gz"]);
    const { DEFAULT_VIEW, parseViewState } = await import("@/lib/url-state");
    expect(parseViewState(new URLSearchParams(""))).toEqual(DEFAULT_VIEW);
    expect(DEFAULT_VIEW).toMatchObject({ lanes: "country", types: ["CONSULT"] });
    const settings = await import("@/lib/site-settings");
    expect([settings.SITE_TITLE, settings.BASE_PATH, settings.SITE_TAGLINE]).toEqual(["Crisis Desk", "/timeline", null]);
    const card = await import("@/lib/og-card");
    expect(card.SITE_NAME).toBe("Crisis Desk");
  });
});
