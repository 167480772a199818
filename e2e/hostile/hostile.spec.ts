/**
 * Hostile input: articles whose titles, sources, URLs, text and (hand-made) event fields carry
 * the payloads of ./payloads.ts, read by the real pipeline and built into their own site
 * (./server.ts, the `hostile` project). On every page the app can show them on, nothing may run
 * (./trap.ts): no `__pwned(n)`, dialog, off-site request or page error, no element, handler or script URL
 * that data could have put there, and no link that is not http(s) to the article's own host.
 * Text must come out as the same text: headlines, chart items, Open Graph tags.
 */
import { test as base, expect, type Page } from "@playwright/test";
import type { TimelineEvent } from "../../lib/schema";
import { metaText } from "../../lib/meta-text";
import { safeHttpUrl } from "../../lib/safe-url";
import { EVENT_PAGES, HANDMADE_ARTICLE_ID } from "./dataset";
import { data, LINK_HOSTS, test, withPage } from "./fixtures";
import { PAYLOADS } from "./payloads";
import { expectInert, installTrap, scanPage, type Trap } from "./trap";

test.describe.configure({ mode: "parallel" });

const articleById = (id: string) => data().articles.find((a) => a.id === id);
const hasPage = (event: TimelineEvent) => withPage().events.has(event.id);

/** As HTML parsing and rendering leave text: line breaks normalised, whitespace runs as one space. */
const norm = (s: string) => s.replace(/\r\n?/g, "\n").replace(/\u0000/g, "\ufffd").replace(/\s+/g, " ").trim();

/** The `part`-th of `parts` slices, so the pages are shared between workers. */
const slice = <T>(items: readonly T[], part: number, parts: number) => items.filter((_, i) => i % parts === part);

async function visit(page: Page, path: string, { chart = true } = {}) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  if (chart) await expect(page.locator(".vis-timeline")).toBeVisible();
}

/** A <meta> tag's content; exactly one such tag (React adds a second when hydration disagrees with the server's). */
async function meta(page: Page, selector: string): Promise<string> {
  return (await page.locator(`head meta${selector}`).getAttribute("content")) ?? "";
}

/** Absolute links off this site, as the page has them. */
async function outsideLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("a[href]")].map((a) => (a as HTMLAnchorElement).href).filter((href) => new URL(href).origin !== location.origin),
  );
}

/** What an event page says about its event, read in one go: panel heading, head tags, outside links. */
function readEventPage(page: Page) {
  return page.evaluate(() => {
    const contents = (selector: string) => [...document.querySelectorAll(`head meta${selector}`)].map((m) => m.getAttribute("content") ?? "");
    return {
      heading: document.getElementById("event-heading")?.textContent ?? null,
      ogTitles: contents('[property="og:title"]'),
      twitterTitles: contents('[name="twitter:title"]'),
      title: document.title,
      outside: [...document.querySelectorAll("a[href]")].map((a) => (a as HTMLAnchorElement).href).filter((href) => new URL(href).origin !== location.origin),
    };
  });
}

/** An event's page as the server wrote it: its panel and head (JavaScript, the chart and hydration are checked by stepping, below). */
async function checkEventPage(page: Page, trap: Trap, event: TimelineEvent) {
  await visit(page, `/events/${event.id}/`, { chart: false });
  // The app shell builds the panel in the browser: wait for it (a prerendered page has it at once).
  await expect(page.locator("#event-heading")).toHaveText(norm(event.title));
  const read = await readEventPage(page);
  expect(norm(read.heading ?? ""), event.id).toBe(norm(event.title));
  if (hasPage(event)) {
    // Link previews exist for prerendered pages only: the shell's head is the site's.
    expect(read.ogTitles, event.id).toEqual([metaText(event.title)]);
    expect(read.twitterTitles, event.id).toEqual([metaText(event.title)]);
  }
  await expect.poll(async () => (await readEventPage(page)).title, { message: event.id }).toBe(`${metaText(event.title)} · Diplomatic Timeline`);
  // "Open original" only for sources whose article has a web address, and only to that address.
  const pages = new Set(event.sources.map((s) => safeHttpUrl(articleById(s.articleId)?.url)?.replace(/#.*$/, "")).filter(Boolean));
  for (const href of read.outside) expect(pages, href).toContain(href.replace(/#.*$/, ""));
  await expectInert(page, trap, LINK_HOSTS);
}

base("the trap and the scan see a payload that does run (control)", async ({ page }) => {
  const trap = await installTrap(page);
  await visit(page, `/articles/${data().articles[0]!.id}/`, { chart: false });
  await page.evaluate(() => {
    const img = document.createElement("img");
    img.setAttribute("src", "x:x");
    img.setAttribute("onerror", "__pwned('control')");
    const link = document.createElement("a");
    link.setAttribute("href", "java\tscript:void 0");
    link.textContent = "x";
    document.body.append(img, link);
    // The Content-Security-Policy (proxy.ts) blocks that inline handler, as it would a payload's:
    // prove the trap hears code that does run by calling it the way a payload would.
    (window as unknown as { __pwned: (n: string) => void }).__pwned("control");
  });
  await expect.poll(() => trap.sprung).toEqual([expect.stringContaining("__pwned(control) ran")]);
  const problems = (await scanPage(page, LINK_HOSTS)).join("\n");
  for (const expected of ["forbidden element <img", "event handler attribute <img", "script URL <a", "link to javascript:"]) expect(problems).toContain(expected);
});

test("the payloads went through the real pipeline", () => {
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(100);
  expect(new Set(PAYLOADS.map((p) => p.text)).size).toBe(PAYLOADS.length);
  const read = data().articles.filter((a) => a.id !== HANDMADE_ARTICLE_ID);
  const fields = read.flatMap((a) => [a.title, a.source ?? "", a.url ?? "", a.text]).map(norm);
  const missing = PAYLOADS.filter((p) => !fields.some((f) => f.includes(norm(p.text)))).map((p) => p.n);
  expect(missing, "payloads the pipeline dropped").toEqual([]);
  expect(data().events.filter((e) => e.id.startsWith("handmade-")).length).toBeGreaterThan(0);
  // Every other article reports an event (dataset.ts): the pipeline found each of them.
  expect(data().events.filter((e) => !e.id.startsWith("handmade-")).length).toBeGreaterThanOrEqual(Math.ceil(read.length / 2));
});

test("the entries come from /data/timeline.json, not from the page (server.ts builds with TIMELINE_INLINE_EVENTS=0)", async ({ page, request, trap }) => {
  const html = await (await request.get("/")).text();
  const { events } = data();
  // Not one headline is in the page's HTML (no panel is open on /, and the lists are not there):
  // checked on the headlines HTML writes as they are (no character it would escape).
  const plain = events.map((e) => e.title).filter((title) => /^[\w\s.,:;()-]+$/.test(title));
  expect(plain.length).toBeGreaterThan(5);
  expect(plain.filter((title) => html.includes(title))).toEqual([]);
  const fetched = page.waitForResponse((response) => new URL(response.url()).pathname === "/data/timeline.json");
  await visit(page, "/");
  expect((await fetched).status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: `of ${events.length} events` })).toBeVisible();
  await expectInert(page, trap, LINK_HOSTS);
});

test("the timeline, its lanes and the list view", async ({ page, trap }) => {
  await visit(page, "/");
  await expect(page.locator(".vis-item").first()).toBeVisible();
  await expectInert(page, trap, LINK_HOSTS);
  // Lanes are labelled with actor names (payloads, from the hand-made events) and countries.
  for (const lanes of ["actor", "country", "type"]) {
    await page.getByLabel("Lanes").selectOption(lanes);
    await expect(page.locator(".vis-label").first()).toBeVisible();
    await expectInert(page, trap, LINK_HOSTS);
  }
  await page.getByRole("group", { name: "Show events as" }).getByRole("button", { name: "List" }).click();
  const grid = page.getByRole("grid", { name: "Events" });
  await expect(grid.getByRole("row").nth(1)).toBeVisible();
  await expectInert(page, trap, LINK_HOSTS);
  for (const column of ["Event", "Actors"]) {
    await grid.getByRole("button", { name: column }).click();
    await expect(page).toHaveURL(/sort=/);
    await expectInert(page, trap, LINK_HOSTS);
  }
});

test.describe("as the server wrote them, without JavaScript", () => {
  // What a crawler or link preview reads, and what the browser parses before any script: the
  // DOM scan finds anything the HTML made of the data. Hydrated, each page is checked below.
  test.use({ javaScriptEnabled: false });
  test("every prerendered event page", async ({ page, trap }) => {
    test.setTimeout(120_000);
    const events = data().events.filter(hasPage);
    expect(events.length).toBe(EVENT_PAGES);
    for (const event of events) await checkEventPage(page, trap, event);
  });

  test("the app shell, for every other event: a 200 that says it is loading, and nothing else", async ({ page, trap }) => {
    const events = data().events.filter((e) => !hasPage(e));
    expect(events.length).toBeGreaterThan(5);
    for (const event of events) {
      await visit(page, `/events/${event.id}/`, { chart: false });
      await expect(page.locator("#event-heading")).toHaveText("Loading the event…");
      await expectInert(page, trap, LINK_HOSTS);
    }
  });
});

test("events without a page of their own open at their address: the app shell builds their panel", async ({ page, trap }) => {
  test.setTimeout(120_000);
  for (const event of data().events.filter((e) => !hasPage(e))) {
    await checkEventPage(page, trap, event);
    for (const source of event.sources.slice(0, 3)) await expect(page.locator("#event-heading").locator("xpath=ancestor::section[1]")).toContainText(norm(source.quote).slice(0, 40));
  }
  // An id no event has: ./unknown-ids.spec.ts.
});

/** Dated events in the chart's order (their days are all different). */
const chartOrder = () => data().events.filter((e) => e.date).sort((a, b) => a.date!.start.localeCompare(b.date!.start));

const CHART_PARTS = 2;
for (let part = 0; part < CHART_PARTS; part++) {
  test(`every chart item, stepping with the keys, part ${part + 1} of ${CHART_PARTS}`, async ({ page, trap }) => {
    test.setTimeout(120_000);
    const all = chartOrder();
    const size = Math.ceil(all.length / CHART_PARTS);
    const events = all.slice(part * size, (part + 1) * size);
    await visit(page, `/events/${events[0]!.id}/`);
    await page.getByRole("group", { name: "Timeline chart" }).focus();
    for (const [i, event] of events.entries()) {
      if (i > 0) await page.keyboard.press("ArrowRight");
      await expect(page.locator("#event-heading")).toHaveText(norm(event.title));
      await expect(page.locator(".vis-item.vis-selected:is(.vis-box, .vis-range)")).toContainText(norm(event.title));
      expect(new URL(page.url()).pathname).toBe(`/events/${event.id}/`);
      // Updated in place by the client, and still one tag (the app shell's events have none of their own).
      if (hasPage(event)) await expect.poll(async () => (await readEventPage(page)).ogTitles, { message: event.id }).toEqual([metaText(event.title)]);
      await expectInert(page, trap, LINK_HOSTS);
    }
  });
}

const ARTICLE_PARTS = 2;
for (let part = 0; part < ARTICLE_PARTS; part++) {
  test(`every article page, part ${part + 1} of ${ARTICLE_PARTS}`, async ({ page, trap }) => {
    test.setTimeout(120_000);
    // Every kind of file gave authors (./dataset.ts): the byline check below is not vacuous.
    expect(data().articles.filter((a) => a.byline).length).toBeGreaterThan(data().articles.length / 2);
    for (const article of slice(data().articles, part, ARTICLE_PARTS)) {
      await visit(page, `/articles/${article.id}/`, { chart: false });
      // The article app shell draws the page in the browser: wait for it (a prerendered page has it at once).
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(norm(article.title) || "Untitled article");
      // The byline the file gave, as text.
      if (article.byline) await expect(page.locator("dt:text-is('By') + dd")).toHaveText(norm(article.byline));
      // Link previews exist for prerendered pages only: the shell's head is the site's.
      if (withPage().articles.has(article.id)) expect(await meta(page, '[property="og:title"]')).toBe(metaText(article.title));
      // The article's own address is a link only when it is a plain web address.
      const own = safeHttpUrl(article.url);
      const links = await outsideLinks(page);
      expect(links.filter((href) => !href.includes("#:~:text="))).toEqual(own ? [own] : []);
      await expectInert(page, trap, LINK_HOSTS);
    }
  });
}

test("searching for payloads", async ({ page, trap }) => {
  const [first, ...others] = slice(PAYLOADS, 0, 15).map((p) => p.text);
  const status = page.getByRole("region", { name: "Filters and search" }).getByRole("status");
  await visit(page, `/?q=${encodeURIComponent(first!)}`);
  await expect(status).toHaveText(/ of \d+ events/);
  await expectInert(page, trap, LINK_HOSTS);
  for (const q of others) {
    await page.getByLabel("Search headlines and passages").fill(q);
    await expect(page).toHaveURL(/[?&]q=/);
    await expect(status).toHaveText(/ of \d+ events/);
    await expectInert(page, trap, LINK_HOSTS);
  }
  // Matches are marked in the lists and the table, from text parts (lib/highlight.ts).
  await page.getByLabel("Search headlines and passages").fill("pwned");
  await expect(page.getByRole("region", { name: /All dated events/ }).locator("mark").first()).toHaveText("pwned");
  await page.getByRole("group", { name: "Show events as" }).getByRole("button", { name: "List" }).click();
  await expect(page.getByRole("grid", { name: "Events" }).locator("mark").first()).toHaveText("pwned");
  await expectInert(page, trap, LINK_HOSTS);
});

test("filters naming payload actors and articles", async ({ page, trap }) => {
  const actors = new Set(data().events.flatMap((e) => e.actors.map((a) => a.name)));
  const marked = [...actors].filter((n) => n === n.trim() && /pwned/.test(n));
  // Names that are also object keys: as lane ids they once crashed the chart (lib/lanes.ts).
  const keys = ["constructor", "toString", "__proto__", "hasOwnProperty"];
  for (const key of keys) expect(actors, key).toContain(key);
  for (const key of keys) {
    // One event at a time, so that all its actors get their own lane (at most twelve lanes).
    await visit(page, `/?lanes=actor&actor=${encodeURIComponent(key)}`);
    await expect(page.locator(".vis-label").filter({ hasText: new RegExp(`^${key} \\d+$`) })).toHaveCount(1);
    await expectInert(page, trap, LINK_HOSTS);
  }
  const chosen = [marked[0]!, marked[Math.floor(marked.length / 2)]!, marked.at(-1)!];
  await visit(page, `/?lanes=actor&${chosen.map((n) => `actor=${encodeURIComponent(n)}`).join("&")}`);
  await expect(page.getByRole("list", { name: "Chosen: actors" }).getByRole("listitem")).toContainText(chosen.map(norm));
  await expectInert(page, trap, LINK_HOSTS);
  const sources = data().articles.slice(0, 3).map((a) => a.id);
  await visit(page, `/?${sources.map((id) => `source=${id}`).join("&")}`);
  await expect(page.getByRole("list", { name: "Chosen: source articles" }).getByRole("listitem")).toHaveCount(sources.length);
  await expectInert(page, trap, LINK_HOSTS);
});

test("the panel opened from the lists, every undated event", async ({ page, trap }) => {
  await visit(page, "/");
  for (const name of [/All dated events/, /Undated/]) {
    const links = page.getByRole("region", { name }).getByRole("link");
    const count = await links.count();
    const picks = /Undated/.test(String(name)) ? [...Array(count).keys()] : [0, Math.floor(count / 2), count - 1];
    for (const i of picks) {
      const href = (await links.nth(i).getAttribute("href")) ?? "";
      const event = data().events.find((e) => href.startsWith(`/events/${e.id}/`));
      expect(event, href).toBeDefined();
      await links.nth(i).click();
      await expect(page.locator("#event-heading")).toHaveText(norm(event!.title));
      await expectInert(page, trap, LINK_HOSTS);
    }
  }
});

test("preview images are plain PNGs (drawn for the prerendered event pages only)", async ({ request }) => {
  test.setTimeout(120_000);
  for (const event of data().events.filter((e) => !hasPage(e))) expect((await request.get(`/events/${event.id}/og.png`)).status(), event.id).toBe(404);
  for (const path of ["/og.png", ...data().events.filter(hasPage).map((e) => `/events/${e.id}/og.png`)]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toBe("image/png");
    expect((await response.body()).subarray(0, 8).toString("hex"), path).toBe("89504e470d0a1a0a");
  }
});

test("unknown addresses made of payloads", async ({ page, trap }) => {
  for (const p of slice(PAYLOADS, 0, 25)) {
    for (const path of [`/events/${encodeURIComponent(p.text)}/`, `/articles/${encodeURIComponent(p.text)}/`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(500);
      await expectInert(page, trap, LINK_HOSTS);
    }
  }
});
