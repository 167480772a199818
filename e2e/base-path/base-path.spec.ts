/**
 * Issue 7, configuration: the site built with a timeline.config.json (./site.ts) that serves it
 * under /timeline, names it and sets a default view (./server.ts builds it). Everything a visitor
 * does works under the base path, and the page never asks its host for anything outside it: the
 * timeline file, the search index, event details of the app shell, links, copied links.
 */
import { readFileSync } from "node:fs";
import { test as base, expect, type Page } from "@playwright/test";
import { eventsFileSchema, type EventsFile, type TimelineEvent } from "../../lib/schema";
import { prerenderedEventIds } from "../../lib/event-pages";
import { compareEvents } from "../../lib/view";
import { CONFIG, EVENTS_FILE, EVENT_PAGES } from "./site";

const BASE = CONFIG.basePath;

/** Same-origin requests outside the base path, and errors (a blocked script, a failed fetch): none allowed. */
interface Watch {
  outside: string[];
  errors: string[];
}

const test = base.extend<{ watch: Watch }>({
  watch: async ({ page, baseURL }, run) => {
    const watch: Watch = { outside: [], errors: [] };
    const origin = new URL(baseURL!).origin;
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin === origin && !url.pathname.startsWith(`${BASE}/`)) watch.outside.push(url.pathname);
    });
    page.on("console", (message) => {
      if (message.type() === "error") watch.errors.push(message.text());
    });
    page.on("pageerror", (error) => watch.errors.push(error.message));
    await run(watch);
    expect(watch.outside, "requests outside the base path").toEqual([]);
    expect(watch.errors, "errors in the page").toEqual([]);
  },
});

let loaded: EventsFile | undefined;
/** Read when a test runs (the server builds the data first). */
const data = () => (loaded ??= eventsFileSchema.parse(JSON.parse(readFileSync(EVENTS_FILE, "utf8"))));
const ordered = () => [...data().events].sort(compareEvents);
const withPage = () => new Set(prerenderedEventIds(ordered().map((e) => ({ id: e.id, articleIds: [...new Set(e.sources.map((s) => s.articleId))] })), EVENT_PAGES));
const datedEvent = (page: boolean) => ordered().find((e) => e.date && withPage().has(e.id) === page)!;
const panel = (page: Page, event: TimelineEvent) => page.getByRole("region", { name: event.title, exact: true });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("the site lives under its base path, with its own title, description and default lanes", async ({ page, watch }) => {
  void watch;
  await page.goto(`${BASE}/`);
  await expect(page).toHaveTitle(CONFIG.title);
  await expect(page.getByRole("banner").getByRole("link", { name: CONFIG.title })).toHaveAttribute("href", `${BASE}/`);
  await expect(page.getByRole("banner")).toContainText(CONFIG.description);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", CONFIG.description);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", new RegExp(`${escape(BASE)}/og\\.png$`));
  // Built without the entries in the page: the chart's data came from the timeline file, under the base path.
  await expect(page.locator(".vis-timeline")).toBeVisible();
  await expect(page.locator(".vis-item.vis-box, .vis-item.vis-range").first()).toBeVisible();
  // The config's default lanes, with nothing in the address.
  await expect(page.getByLabel("Lanes")).toHaveValue(CONFIG.defaults.lanes);
  expect(new URL(page.url()).search).toBe("");
});

test("the address overrides the default view, and a view equal to it keeps the address clean", async ({ page, watch }) => {
  void watch;
  await page.goto(`${BASE}/?lanes=none`);
  await expect(page.getByLabel("Lanes")).toHaveValue("none");
  await page.getByLabel("Lanes").selectOption("actor");
  await expect(page).toHaveURL(`${BASE}/?lanes=actor`);
  await page.getByLabel("Lanes").selectOption(CONFIG.defaults.lanes);
  await expect(page).toHaveURL(new RegExp(`${escape(BASE)}/$`));
});

test("events open in place and by their address, prerendered or from the app shell, and their links copy with the base path", async ({ page, context, baseURL, watch }) => {
  void watch;
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const prerendered = datedEvent(true);
  const fromShell = datedEvent(false);
  await page.goto(`${BASE}/`);
  const list = page.getByRole("region", { name: /All dated events/ });
  const link = list.getByRole("link", { name: new RegExp(escape(prerendered.title)) });
  await expect(link).toHaveAttribute("href", `${BASE}/events/${prerendered.id}/`);
  await link.click();
  await expect(page).toHaveURL(`${BASE}/events/${prerendered.id}/`);
  await expect(panel(page, prerendered).getByRole("heading", { level: 2, name: prerendered.title })).toBeVisible();
  await panel(page, prerendered).getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: /copied/i })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`${BASE}/events/${prerendered.id}/`, baseURL).href);

  // No page of its own: the server answers with the app shell, which loads the event's details file.
  const response = await page.goto(`${BASE}/events/${fromShell.id}/`);
  expect(response?.status()).toBe(200);
  await expect(panel(page, fromShell).getByRole("heading", { level: 2, name: fromShell.title })).toBeVisible();
  await expect(page).toHaveTitle(`${fromShell.title} · ${CONFIG.title}`);
});

test("search, article pages and the way back stay under the base path", async ({ page, watch }) => {
  void watch;
  const event = datedEvent(true);
  const word = event.title.split(/[^\p{L}]+/u).find((w) => w.length >= 5)!;
  await page.goto(`${BASE}/`);
  await expect(page.locator(".vis-timeline")).toBeVisible();
  await page.getByLabel("Search headlines and passages").fill(word);
  await expect(page).toHaveURL(new RegExp(`${escape(BASE)}/\\?q=${escape(encodeURIComponent(word))}`));
  const list = page.getByRole("region", { name: /All dated events/ });
  await expect(list.getByRole("link", { name: new RegExp(escape(event.title)) })).toBeVisible();

  await page.goto(`${BASE}/events/${event.id}/`);
  const source = data().articles.find((a) => a.id === event.sources[0]!.articleId)!;
  await panel(page, event).getByRole("link", { name: source.title }).first().click();
  await expect(page).toHaveURL(new RegExp(`^[^?#]*${escape(BASE)}/articles/${escape(source.id)}/`));
  await expect(page.getByRole("heading", { level: 1, name: source.title })).toBeVisible();
  await page.getByRole("link", { name: /Back to the timeline/ }).click();
  await expect(page).toHaveURL(new RegExp(`${escape(BASE)}/$`));
  await expect(page.locator(".vis-timeline")).toBeVisible();
});

test("an address that is no page gets the 404 page, naming the path as the site knows it", async ({ page }) => {
  const response = await page.goto(`${BASE}/nothing-here/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("Nothing lives at /nothing-here/")).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the timeline of all events" })).toHaveAttribute("href", `${BASE}/`);
});

test("a downloaded view links each event's page under the base path", async ({ page, baseURL, watch }) => {
  void watch;
  const event = datedEvent(true);
  await page.goto(`${BASE}/`);
  await expect(page.locator(".vis-timeline")).toBeVisible();
  await page.getByRole("button", { name: "Download", exact: true }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("group", { name: "Download the events shown" }).getByRole("button", { name: /^CSV/ }).click();
  const csv = readFileSync((await (await downloading).path())!, "utf8");
  expect(csv).toContain(new URL(`${BASE}/events/${event.id}/`, baseURL).href);
});
