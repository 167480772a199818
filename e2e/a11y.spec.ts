import { expect, test } from "@playwright/test";
import { escapeRegExp, eventUrl, expectNoViolations, pickDatedEvent, pickSearch, pickTypeFilter, waitForTimeline } from "./helpers";

const event = pickDatedEvent();
const articleId = event.sources[0]!.articleId;


test("the timeline page has no axe violations", async ({ page }) => {
  await page.goto("/");
  await waitForTimeline(page);
  await expectNoViolations(page);
});

test("the timeline with the panel open has no axe violations", async ({ page }) => {
  await page.goto("/");
  await waitForTimeline(page);
  await page.getByRole("region", { name: /All dated events/ }).getByRole("link", { name: new RegExp(escapeRegExp(event.title)) }).click();
  await expect(page.getByRole("heading", { level: 2, name: event.title })).toBeVisible();
  await expectNoViolations(page);
});

test("the timeline with a search and filters applied has no axe violations", async ({ page }) => {
  const { word, event: found } = pickSearch();
  await page.goto(`${eventUrl(found.id)}?q=${encodeURIComponent(word)}&type=${found.type},${pickTypeFilter().type}&status=${found.status}`);
  await waitForTimeline(page);
  await expect(page.getByRole("region", { name: /All dated events/ }).locator("mark").first()).toBeVisible();
  await expectNoViolations(page);
});

test("an event page has no axe violations", async ({ page }) => {
  await page.goto(eventUrl(event.id));
  await waitForTimeline(page);
  await expectNoViolations(page);
});

test("an article page has no axe violations", async ({ page }) => {
  await page.goto(`/articles/${encodeURIComponent(articleId)}/`);
  await expectNoViolations(page);
});

test("the 404 page has no axe violations", async ({ page }) => {
  await page.goto("/events/no-such-event-e2e/");
  await expectNoViolations(page);
});

test("the timeline with the Download panel open has no axe violations", async ({ page }) => {
  await page.goto("/");
  await waitForTimeline(page);
  await page.getByRole("button", { name: "Download", exact: true }).click();
  await expect(page.getByRole("group", { name: "Download the events shown" })).toBeVisible();
  await expectNoViolations(page);
});
