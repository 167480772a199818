import { expect, test, type Page } from "@playwright/test";
import { eventUrl, expectNoViolations, panel, pickDatedEvent, pickTypeFilter, waitForTimeline } from "./helpers";

const event = pickDatedEvent();
const typeFilter = pickTypeFilter();
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}


test("on a 360 px phone the filters fold behind a button and nothing scrolls sideways", async ({ page }) => {
  await page.goto("/");
  await waitForTimeline(page);
  await noHorizontalScroll(page);
  const region = page.getByRole("region", { name: "Filters and search" });
  await expect(region.getByLabel("Search headlines and passages")).toBeVisible();
  const typeBox = region.getByRole("checkbox", { name: typeFilter.label });
  await expect(typeBox).toBeHidden();
  const toggle = region.getByRole("button", { name: "Filters", exact: true });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.click();
  await expect(region.getByRole("button", { name: "Hide filters" })).toHaveAttribute("aria-expanded", "true");
  await typeBox.check();
  await expect(page).toHaveURL(new RegExp(`[?&]type=${typeFilter.type}(&|$)`));
  await noHorizontalScroll(page);
  await expectNoViolations(page); // filters open
  await region.getByRole("button", { name: "Hide filters" }).click();
  await expect(region.getByRole("button", { name: "Filters (1)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No event selected" })).toBeHidden();
});

test("on a phone an event opens as a bottom sheet that closes back to the timeline", async ({ page }) => {
  await page.goto(eventUrl(event.id));
  await waitForTimeline(page);
  const sheet = panel(page, event);
  await expect(sheet.getByRole("heading", { level: 2, name: event.title })).toBeVisible();
  const box = (await sheet.boundingBox())!;
  // In the lower part of the screen, leaving the top (the chart) visible, and staying there as the page scrolls.
  expect(box.y).toBeGreaterThan(740 * 0.3);
  expect(box.y).toBeLessThan(740);
  await page.evaluate(() => window.scrollBy(0, 400));
  await expect.poll(async () => Math.round((await sheet.boundingBox())!.y)).toBe(Math.round(box.y));
  await noHorizontalScroll(page);
  await expectNoViolations(page); // panel open
  await sheet.getByRole("button", { name: "Close event details" }).click();
  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(sheet).toBeHidden();
});
