import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { SHELL_ID } from "../lib/shell-pages";
import { contentSecurityPolicy, inlineScripts, metaContentSecurityPolicy, SECURITY_HEADERS, STATIC_HOST_CSP } from "../lib/security-headers";
// @ts-expect-error: a plain .mjs build script, without type declarations
import { blockedMarkup, headersFile, hostConfig, scriptHashes, secureExport, serverHashes, SHELL_PAGES, shellIds, withMetaPolicy } from "../scripts/security-headers.mjs";
// @ts-expect-error: a plain .mjs script, without type declarations
import { headersFor, parseHeadersFile } from "../scripts/serve-static.mjs";

const sha256 = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
const page = (head: string, body = "") =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><script src="/_next/a.js" async=""></script>${head}</head><body>${body}</body></html>`;

let dir = "";
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = "";
});

describe("the policies", () => {
  it("allow inline scripts by hash only, and no eval", () => {
    const policy = contentSecurityPolicy(["sha256-a", "sha256-b", "sha256-a"]);
    expect(policy).toContain("script-src 'self' 'sha256-a' 'sha256-b';");
    expect(policy).not.toMatch(/unsafe|strict-dynamic|\*/);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("leave what a meta policy cannot carry to the host's header, which restricts no script", () => {
    expect(metaContentSecurityPolicy(["sha256-a"])).not.toContain("frame-ancestors");
    expect(metaContentSecurityPolicy(["sha256-a"])).toContain("script-src 'self' 'sha256-a'");
    expect(STATIC_HOST_CSP).toContain("frame-ancestors 'none'");
    expect(STATIC_HOST_CSP).not.toMatch(/default-src|script-src/);
  });
});

describe("inline script hashes", () => {
  it("hash the text of each inline script, not external ones, each once", () => {
    const html = page(`<script>a()</script><script id="_R_">b()</script>`, `<script>a()</script><script src="/c.js"></script>`);
    expect(inlineScripts(html)).toEqual(["a()", "b()", "a()"]);
    expect(scriptHashes(html)).toEqual([sha256("a()"), sha256("b()")]);
  });
});

describe("blockedMarkup", () => {
  it("finds what the policy would block in the markup, and ignores script text", () => {
    expect(blockedMarkup(page(`<script>x = '<div style="a" onclick="b">'</script>`))).toEqual([]);
    expect(blockedMarkup(page("<style>p{}</style>", `<p style="color:red" onclick="x()">t</p>`))).toEqual(["<style> element", "onclick handler", "style attribute"]);
    // Article text is escaped into text nodes: it is no markup.
    expect(blockedMarkup(page("", "<p>he said on=&quot;x&quot; &lt;style&gt;</p>"))).toEqual([]);
    // An attribute value quoting a handler (a hostile headline in a title) is text, not a handler.
    expect(blockedMarkup(page("", `<a title="&lt;img src=x onerror=alert(1)&gt; style=x" href="/">t</a>`))).toEqual([]);
  });
});

describe("withMetaPolicy", () => {
  it("puts the page's policy right after <meta charset>, and a second run changes nothing", () => {
    const html = page(`<script>theme()</script>`, `<script>self.__next_f.push([1,"x"])</script>`);
    const once = withMetaPolicy(html);
    const policy = metaContentSecurityPolicy([sha256("theme()"), sha256('self.__next_f.push([1,"x"])')]);
    expect(once).toContain(`<head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="${policy}"/><script src=`);
    expect(withMetaPolicy(once)).toBe(once);
  });
});

describe("secureExport", () => {
  it("secures every page of an export and writes _headers, byte-identical on a second run", () => {
    dir = mkdtempSync(path.join(tmpdir(), "export-"));
    mkdirSync(path.join(dir, "events", "a"), { recursive: true });
    writeFileSync(path.join(dir, "index.html"), page("<script>one()</script>"));
    writeFileSync(path.join(dir, "events", "a", "index.html"), page("<script>two()</script>"));
    expect(secureExport(dir)).toEqual({ pages: 2, changed: 2 });
    const first = [readFileSync(path.join(dir, "index.html"), "utf8"), readFileSync(path.join(dir, "events", "a", "index.html"), "utf8"), readFileSync(path.join(dir, "_headers"), "utf8")];
    expect(first[1]).toContain(`'${sha256("two()")}'`);
    expect(first[1]).not.toContain(sha256("one()"));
    expect(secureExport(dir)).toEqual({ pages: 2, changed: 0 });
    expect([readFileSync(path.join(dir, "index.html"), "utf8"), readFileSync(path.join(dir, "events", "a", "index.html"), "utf8"), readFileSync(path.join(dir, "_headers"), "utf8")]).toEqual(first);
  });

  it("refuses a page the policy would break", () => {
    dir = mkdtempSync(path.join(tmpdir(), "export-"));
    writeFileSync(path.join(dir, "index.html"), page("", `<div style="color:red"></div>`));
    expect(() => secureExport(dir)).toThrow(/index.html has style attribute/);
  });
});

describe("serverHashes", () => {
  it("maps each prerendered page to its URL path, the 404 page apart", () => {
    dir = mkdtempSync(path.join(tmpdir(), "next-"));
    const app = path.join(dir, "server", "app");
    mkdirSync(path.join(app, "events"), { recursive: true });
    writeFileSync(path.join(dir, "BUILD_ID"), "build-1\n");
    writeFileSync(path.join(app, "index.html"), page("<script>home()</script>"));
    writeFileSync(path.join(app, "events", "a.html"), page("<script>a()</script>"));
    writeFileSync(path.join(app, "_not-found.html"), page("<script>nf()</script>"));
    writeFileSync(path.join(app, "_global-error.html"), page("<style>x{}</style>"));
    expect(serverHashes(dir)).toEqual({ buildId: "build-1", notFound: [sha256("nf()")], pages: { "/": [sha256("home()")], "/events/a": [sha256("a()")] } });
  });
});

describe("shellIds", () => {
  /** A server build's data files: event shards (gzipped, as the site stores them) and the articles' titles. */
  function buildWith(shards: Array<Array<{ id: string }>>, articles: string[]) {
    dir = mkdtempSync(path.join(tmpdir(), "next-"));
    const data = path.join(dir, "server", "app", "data");
    mkdirSync(path.join(data, "events"), { recursive: true });
    shards.forEach((events, n) => writeFileSync(path.join(data, "events", `${n}.json.gz.body`), gzipSync(JSON.stringify(events))));
    writeFileSync(path.join(data, "events", "0.json.gz.meta"), "{}");
    writeFileSync(path.join(data, "articles.json.body"), JSON.stringify(articles.map((id) => [id, `Title of ${id}`])));
    return dir;
  }
  const shells = { [SHELL_PAGES.events]: [], [SHELL_PAGES.articles]: [] };

  it("lists the events and articles without a page of their own, for the shells to answer", () => {
    const built = buildWith([[{ id: "b" }, { id: "a" }], [{ id: "c" }]], ["x", "y"]);
    const pages = { ...shells, "/events/a": [], "/articles/x": [], "/": [] };
    expect(shellIds(built, pages)).toEqual({ events: ["b", "c"], articles: ["y"] });
  });

  it("lists nothing for a folder whose every id has a page (no shell)", () => {
    const built = buildWith([[{ id: "a" }]], ["x"]);
    expect(shellIds(built, { "/events/a": [], "/articles/x": [] })).toEqual({});
    expect(shellIds(built, { [SHELL_PAGES.articles]: [], "/events/a": [] })).toEqual({ articles: ["x"] });
  });

  it("fails when a shell has no data to answer from, rather than sending every address to the 404 page", () => {
    const built = buildWith([], []);
    expect(() => shellIds(built, shells)).toThrow(/no event shards/);
  });

  it("names the shells' pages by the app's shell id", () => {
    expect(SHELL_PAGES).toEqual({ events: `/events/${SHELL_ID}`, articles: `/articles/${SHELL_ID}` });
  });
});

describe("the _headers file", () => {
  it("is read back by the static test server as every host-wide header for any path", () => {
    const rules = parseHeadersFile(headersFile());
    for (const urlPath of ["/", "/events/a/", "/og.png"]) {
      const headers = headersFor(rules, urlPath);
      expect(headers["content-security-policy"]).toBe(STATIC_HOST_CSP);
      for (const { key, value } of SECURITY_HEADERS) expect(headers[key.toLowerCase()]).toBe(value);
    }
  });

  it("joins a header set by several matching rules, as the hosts do", () => {
    const rules = parseHeadersFile("/*\n  X-A: one\n/events/:id/\n  X-A: two\n  X-B: b\n");
    expect(headersFor(rules, "/events/a/")).toEqual({ "x-a": "one, two", "x-b": "b" });
    expect(headersFor(rules, "/events/a/b/")).toEqual({ "x-a": "one" });
  });
});

describe("docs/security.md", () => {
  it("shows each host's configuration exactly as the script prints it", () => {
    const docs = readFileSync(path.join("docs", "security.md"), "utf8");
    for (const [host, fence] of [["nginx", "nginx"], ["apache", "apache"], ["caddy", "caddy"], ["vercel", "json"], ["netlify", "text"]]) {
      expect(docs, host).toContain(`\`\`\`${fence}\n${hostConfig(host)}\n\`\`\``);
    }
  });
});
