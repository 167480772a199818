import { expect, test } from "@playwright/test";
import { escapeRegExp, eventUrl, panel, pickDatedEvent, snippet, waitForTimeline } from "./helpers";

const event = pickDatedEvent();

test("a deep link opens the timeline focused on the event with its panel open", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(eventUrl(event.id));
  await waitForTimeline(page);
  await expect(page.locator(".vis-item.vis-selected", { hasText: event.title }).first()).toBeInViewport();
  const details = panel(page, event);
  await expect(details.getByRole("heading", { level: 2, name: event.title })).toBeVisible();
  await expect(details).toContainText(snippet(event.sources[0]!.quote));
  const articles = new Set(event.sources.map((s) => s.articleId)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  await expect(details.getByRole("heading", { level: 3, name: `Reported by ${plural(articles, "article")}, in ${plural(event.sources.length, "passage")}` })).toBeVisible();
  await expect(page.getByRole("region", { name: /All dated events/ }).getByRole("link", { name: new RegExp(escapeRegExp(event.title)) })).toHaveAttribute("aria-current", "true");
  await context.close();
});

test("the event page is readable without JavaScript and carries link-preview tags", async ({ browser, request }) => {
  const response = await request.get(eventUrl(event.id));
  expect(response.status()).toBe(200);
  expect(await response.text()).toMatch(/<meta property="og:title" content="[^"]+"/);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(eventUrl(event.id));
  await expect(page.getByRole("heading", { level: 2, name: event.title })).toBeVisible();
  for (const source of event.sources) await expect(page.locator("main")).toContainText(snippet(source.quote));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", event.title);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", new RegExp(`${escapeRegExp(eventUrl(event.id))}$`));
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /\S/);
  await expect(page).toHaveTitle(new RegExp(escapeRegExp(event.title)));
  await context.close();
});

test("the panel shows the event's confidence and, on request, what it counts", async ({ page }) => {
  await page.goto(eventUrl(event.id));
  const details = panel(page, event);
  await expect(details.getByRole("heading", { level: 2, name: event.title })).toBeVisible();
  const row = details.locator("dt:text-is('Confidence') + dd");
  await expect(row).toContainText(event.confidence.toFixed(2));
  const counts = row.getByRole("list", { name: "What the confidence counts" });
  await expect(counts).toBeHidden();
  await row.getByText("What it counts").click();
  await expect(counts.getByRole("listitem")).toHaveCount(5);
  // The terms add up to the number shown.
  const terms = (await counts.getByRole("listitem").allTextContents()).map((text) => Number(text.trim().split(/\s/)[0]));
  expect(Math.abs(terms.reduce((a, b) => a + b, 0) - event.confidence)).toBeLessThanOrEqual(0.005 + 1e-9);
  const articles = new Set(event.sources.map((s) => s.articleId)).size;
  await expect(counts).toContainText(`reported by ${articles} article`);
});
