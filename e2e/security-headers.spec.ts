/**
 * The security headers and the Content-Security-Policy, in both ways the site ships (docs/security.md):
 * `next start` (project "server": headers from next.config.js, the policy from proxy.ts) and the
 * static export (project "static": scripts/serve-static.mjs applies out/_headers, each page
 * carries its policy in a <meta> tag). Every page kind is visited and used while every CSP
 * violation is collected, from the page's own `securitypolicyviolation` events and the console.
 */
import { expect, test, type Page, type Response } from "@playwright/test";
import {
  contentSecurityPolicy,
  metaContentSecurityPolicy,
  SECURITY_HEADERS,
  STATIC_HOST_CSP,
} from "../lib/security-headers";
// @ts-expect-error: a plain .mjs build script, without type declarations
import { scriptHashes } from "../scripts/security-headers.mjs";
import { eventUrl, filterControls, panel, pickDatedEvent, pickSearch, escapeRegExp, timelineItem, waitForTimeline } from "./helpers";

const event = pickDatedEvent();
const articleId = event.sources[0]!.articleId;
const articleUrl = `/articles/${encodeURIComponent(articleId)}/`;
const NOT_FOUND = "/events/no-such-event-e2e/";

const isStatic = () => test.info().project.name === "static";

/** The Content-Security-Policy meta tags' contents, in order. */
function metaPolicies(page: Page): Promise<string[]> {
  return page.locator('meta[http-equiv="Content-Security-Policy" i]').evaluateAll((metas) => metas.map((m) => m.getAttribute("content") ?? ""));
}

/** The fixed headers, with exactly their values, on any response. */
function expectSecurityHeaders(response: Response) {
  const headers = response.headers();
  for (const { key, value } of SECURITY_HEADERS) expect(headers[key.toLowerCase()], key).toBe(value);
}

/**
 * A page's policy allows exactly its own inline scripts by hash, no 'unsafe-inline' or
 * 'unsafe-eval' anywhere, and frame-ancestors comes in a header (a meta policy cannot carry it).
 */
async function expectPagePolicy(page: Page, response: Response) {
  expectSecurityHeaders(response);
  const header = response.headers()["content-security-policy"];
  // The hashes the page's inline scripts need: what the browser computes before running each one.
  const hashes: string[] = scriptHashes(await response.text());
  expect(hashes.length, "Next.js writes inline scripts into every page").toBeGreaterThan(0);
  if (isStatic()) {
    expect(header).toBe(STATIC_HOST_CSP);
    expect(await metaPolicies(page)).toEqual([metaContentSecurityPolicy(hashes)]);
  } else {
    expect(header).toBe(contentSecurityPolicy(hashes));
    expect(await metaPolicies(page)).toEqual([]);
  }
  for (const policy of [header, ...(await metaPolicies(page))]) expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|strict-dynamic/);
  expect(header).toContain("frame-ancestors 'none'");
}

test.describe("with every CSP violation collected", () => {
  let violations: string[] = [];

  test.beforeEach(async ({ page }) => {
    violations = [];
    // Reported from each document as it is parsed, before any of the page's scripts run.
    await page.exposeFunction("reportCspViolation", (report: string) => violations.push(report));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        (window as unknown as { reportCspViolation: (r: string) => void }).reportCspViolation(
          `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} in ${e.sourceFile || e.documentURI}:${e.lineNumber}`,
        );
      });
    });
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`console: ${message.text()}`);
    });
  });

  test.afterEach(() => {
    expect(violations).toEqual([]);
  });

  test("the timeline page: headers, chart drawn and usable, panel opened", async ({ page }) => {
    const response = await page.goto("/");
    await expectPagePolicy(page, response!);
    await waitForTimeline(page);
    const item = timelineItem(page, event);
    await expect(item.first()).toBeVisible();
    await expect(page.locator(".vis-item.vis-box").first()).toBeVisible();
    await item.first().click();
    await expect(panel(page, event).getByRole("heading", { level: 2, name: event.title })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(eventUrl(event.id))}$`));
  });

  test("an event page: headers, its panel open, then the list view", async ({ page }) => {
    const response = await page.goto(eventUrl(event.id));
    await expectPagePolicy(page, response!);
    await waitForTimeline(page);
    await expect(panel(page, event).getByRole("heading", { level: 2, name: event.title })).toBeVisible();
    await page.getByRole("group", { name: "Show events as" }).getByRole("button", { name: "List", exact: true }).click();
    await expect(page.getByRole("grid", { name: "Events" }).getByRole("link", { name: event.title, exact: true })).toBeVisible();
    await expect(page).toHaveURL(/[?&]view=list(&|$)/);
  });

  test("the list view from the address", async ({ page }) => {
    const response = await page.goto("/?view=list");
    await expectPagePolicy(page, response!);
    await expect(page.getByRole("grid", { name: "Events" }).getByRole("link", { name: event.title, exact: true })).toBeVisible();
  });

  test("an article page, and a link from it to its event", async ({ page }) => {
    const response = await page.goto(articleUrl);
    await expectPagePolicy(page, response!);
    const link = page.getByRole("link", { name: `Event: ${event.title}`, exact: true }).first();
    await link.click();
    await expect(panel(page, event).getByRole("heading", { level: 2, name: event.title })).toBeVisible();
  });

  test("the 404 page", async ({ page }) => {
    const response = await page.goto(NOT_FOUND);
    expect(response!.status()).toBe(404);
    await expectPagePolicy(page, response!);
    await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  });

  test("search: from the address, and typed (the index is fetched from /search-index.json.gz)", async ({ page }) => {
    const { word, event: found } = pickSearch();
    const index = page.waitForResponse((r) => new URL(r.url()).pathname === "/search-index.json.gz");
    const response = await page.goto(`/?q=${encodeURIComponent(word)}`);
    await expectPagePolicy(page, response!);
    expect((await index).status()).toBe(200);
    const { search, list } = filterControls(page);
    await expect(search).toHaveValue(word);
    const match = (title: string) => list.getByRole("link", { name: new RegExp(escapeRegExp(title)) }).locator("mark").first();
    await expect(match(found.title)).toBeVisible();

    await search.fill("");
    await search.fill(word.toLowerCase());
    await expect(match(found.title)).toBeVisible();
  });

  test("dark mode: the toggle, and the head script applying a stored choice before the app's scripts", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/");
    await page.getByRole("group", { name: "Colour theme" }).getByRole("button", { name: "Dark", exact: true }).click();
    await expect(page.locator("html")).toHaveCSS("color-scheme", "dark");

    // With the app's scripts refused, only the inline head script (allowed by its hash) can do this.
    await page.route("**/_next/static/chunks/**/*.js", (route) => route.abort());
    const response = await page.goto(eventUrl(event.id));
    await expectPagePolicy(page, response!);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.locator("html")).toHaveCSS("color-scheme", "dark");
  });
});

test("link preview images carry the headers", async ({ request }) => {
  for (const url of ["/og.png", `${eventUrl(event.id)}og.png`]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["content-type"], url).toBe("image/png");
    for (const { key, value } of SECURITY_HEADERS) expect(response.headers()[key.toLowerCase()], `${key} on ${url}`).toBe(value);
  }
});

test("no page can be framed, by any site", async ({ page, baseURL }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/frame-ancestors/.test(message.text())) refused.push(message.text());
  });
  await page.setContent(`<iframe title="framed" src="${baseURL}${eventUrl(event.id)}"></iframe>`);
  await expect.poll(() => refused.length).toBeGreaterThan(0);
  const framed = page.frameLocator('iframe[title="framed"]');
  await expect(framed.getByRole("heading", { name: event.title })).toHaveCount(0);
});
