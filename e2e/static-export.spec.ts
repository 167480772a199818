/** The static export (out/, from `npm run export`) served by scripts/serve-static.mjs. */
import { existsSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { escapeRegExp, eventUrl, linkedSource, panel, pickDatedEvent, pickSearch, snippet, waitForTimeline } from "./helpers";

const event = pickDatedEvent();
const source = linkedSource(event);

test.beforeAll(() => {
  if (!existsSync("out/index.html")) throw new Error("out/ has no static export: run `npm run export` first");
});

test("a deep link works in the static export", async ({ page }) => {
  const response = await page.goto(eventUrl(event.id));
  expect(response?.status()).toBe(200);
  await waitForTimeline(page);
  await expect(panel(page, event).getByRole("heading", { level: 2, name: event.title })).toBeVisible();
  await expect(page.locator(".vis-item.vis-selected", { hasText: event.title }).first()).toBeVisible();
  await expect(panel(page, event)).toContainText(snippet(event.sources[0]!.quote));
});

test("an article page works in the static export and links to the event", async ({ page }) => {
  const response = await page.goto(`/articles/${encodeURIComponent(source.articleId)}/`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: source.articleTitle })).toBeVisible();
  const highlight = page.locator("mark.passage", { has: page.locator(`[id="passage-${source.start}-${source.end}"]`) });
  await expect(highlight).toContainText(snippet(source.quote));
  await highlight.locator("xpath=..").getByRole("link", { name: `Event: ${event.title}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(eventUrl(event.id))}$`));
  await expect(panel(page, event).getByRole("heading", { level: 2, name: event.title })).toBeVisible();
});

test("unknown ids are a 404 in the static export", async ({ page }) => {
  const response = await page.goto("/events/no-such-event-e2e/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await expect(page.locator("main")).toContainText("no event “no-such-event-e2e”");
});

test("search and filters in the address work in the static export", async ({ page }) => {
  const { word, event: found } = pickSearch();
  await page.goto(`${eventUrl(found.id)}?q=${encodeURIComponent(word)}&type=${found.type}`);
  await waitForTimeline(page);
  await expect(page.getByLabel("Search headlines and passages")).toHaveValue(word);
  const link = page.getByRole("region", { name: /All dated events/ }).getByRole("link", { name: new RegExp(escapeRegExp(found.title)) });
  await expect(link.locator("mark").first()).toBeVisible();
  await expect(panel(page, found).getByRole("heading", { level: 2, name: found.title })).toBeVisible();
});
