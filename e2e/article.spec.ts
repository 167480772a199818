import { expect, test } from "@playwright/test";
import { escapeRegExp, eventUrl, linkedSource, panel, pickDatedEvent, snippet } from "./helpers";

const event = pickDatedEvent();
const source = linkedSource(event);
const anchor = `passage-${source.start}-${source.end}`;

test("a passage link leads to the highlighted passage in its article, which links back", async ({ page }) => {
  await page.goto(eventUrl(event.id));
  await panel(page, event).getByRole("link", { name: source.articleTitle }).first().click();
  await expect(page).toHaveURL(new RegExp(`/articles/${escapeRegExp(encodeURIComponent(source.articleId))}/#${anchor}$`));
  await expect(page.getByRole("heading", { level: 1, name: source.articleTitle })).toBeVisible();

  const highlight = page.locator("mark.passage", { has: page.locator(`[id="${anchor}"]`) });
  await expect(highlight).toBeVisible();
  await expect(highlight).toContainText(snippet(source.quote));
  await expect(highlight).toBeInViewport();

  const backLink = highlight.locator("xpath=..").getByRole("link", { name: new RegExp(escapeRegExp(event.title)) });
  await expect(backLink).toHaveAttribute("href", eventUrl(event.id));
  await backLink.click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(eventUrl(event.id))}$`));
  await expect(panel(page, event).getByRole("heading", { level: 2, name: event.title })).toBeVisible();
});
