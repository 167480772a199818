/**
 * The static export's app shells (lib/event-pages.ts, lib/article-pages.ts): the export writes the
 * host rule that answers event (article) addresses without a file with /events/_/ (/articles/_/),
 * only when that page exists, and the test server (scripts/serve-static.mjs) reads the rules as Netlify does.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script, without type declarations
import { ARTICLE_SHELL_REWRITE, headersFile, SHELL_REWRITE, secureExport, shellRewrite } from "../scripts/security-headers.mjs";
// @ts-expect-error: a plain .mjs script, without type declarations
import { insideBase, parseRedirects } from "../scripts/serve-static.mjs";

const PAGE = "<!DOCTYPE html><html><head><title>t</title></head><body><p>page</p></body></html>";

function exportWith(files: string[]): string {
  const out = mkdtempSync(join(tmpdir(), "static-shell-"));
  for (const file of files) {
    mkdirSync(join(out, file, ".."), { recursive: true });
    writeFileSync(join(out, file), PAGE);
  }
  return out;
}

describe("the static export's app shell rule", () => {
  it("is written when the export has the shell page, and read back as a rewrite of every event address", () => {
    const out = exportWith(["index.html", "events/a/index.html", "events/_/index.html"]);
    secureExport(out);
    expect(readFileSync(join(out, "_redirects"), "utf8")).toBe(`${SHELL_REWRITE}\n`);
    expect(parseRedirects(readFileSync(join(out, "_redirects"), "utf8"))).toEqual([{ prefix: "/events/", from: "/events/*", to: "/events/_/" }]);
  });

  it("holds the article shell's rule when the export has that shell, alone or after the events' rule", () => {
    const both = exportWith(["index.html", "events/_/index.html", "articles/a/index.html", "articles/_/index.html"]);
    secureExport(both);
    expect(readFileSync(join(both, "_redirects"), "utf8")).toBe(`${SHELL_REWRITE}\n${ARTICLE_SHELL_REWRITE}\n`);
    expect(parseRedirects(readFileSync(join(both, "_redirects"), "utf8"))).toEqual([
      { prefix: "/events/", from: "/events/*", to: "/events/_/" },
      { prefix: "/articles/", from: "/articles/*", to: "/articles/_/" },
    ]);
    const articles = exportWith(["index.html", "events/a/index.html", "articles/_/index.html"]);
    secureExport(articles);
    expect(readFileSync(join(articles, "_redirects"), "utf8")).toBe(`${ARTICLE_SHELL_REWRITE}\n`);
  });

  it("is not written (and an old one goes) when every event and article has its page", () => {
    const out = exportWith(["index.html", "events/a/index.html", "articles/a/index.html"]);
    writeFileSync(join(out, "_redirects"), `${SHELL_REWRITE}\n`);
    secureExport(out);
    expect(existsSync(join(out, "_redirects"))).toBe(false);
  });

  it("reads only 200 rewrites", () => {
    expect(parseRedirects("/old /new 301\n# a comment\n/a/* /b/ 200\n")).toEqual([{ prefix: "/a/", from: "/a/*", to: "/b/" }]);
  });
});

describe("the static export under a base path (timeline.config.json basePath)", () => {
  it("writes its host rules with the base path, and the test server serves it under that path", () => {
    const out = exportWith(["index.html", "events/a/index.html", "events/_/index.html"]);
    secureExport(out, { basePath: "/timeline" });
    expect(readFileSync(join(out, "_redirects"), "utf8")).toBe("/timeline/events/*  /timeline/events/_/  200\n");
    expect(shellRewrite("/timeline")).toBe("/timeline/events/*  /timeline/events/_/  200");
    expect(parseRedirects(readFileSync(join(out, "_redirects"), "utf8"))).toEqual([{ prefix: "/timeline/events/", from: "/timeline/events/*", to: "/timeline/events/_/" }]);
    expect(readFileSync(join(out, "_headers"), "utf8").split("\n").find((line: string) => line.startsWith("/"))).toBe("/timeline/*");
    expect(headersFile().split("\n").find((line: string) => line.startsWith("/"))).toBe("/*");
    expect([insideBase("/timeline/events/a/", "/timeline"), insideBase("/timeline", "/timeline"), insideBase("/other/", "/timeline"), insideBase("/a/", "")]).toEqual(["/events/a/", "/", null, "/a/"]);
  });
});
