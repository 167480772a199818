/**
 * Links that never break, in the server build: an event id given out once (data/id-registry.json)
 * still leads somewhere. Which ids: whatever the registry holds, picked from the data.
 */
import { expect, test } from "@playwright/test";
import { escapeRegExp, eventById, eventUrl, expectNoViolations, panel, pickRetired, waitForTimeline } from "./helpers";

const moved = pickRetired("moved");
const gone = pickRetired("gone");

test("a renamed id answers 308 with its event's address, and the browser lands on the event", async ({ page, request }) => {
  const response = await request.get(eventUrl(moved.id), { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toBe(eventUrl(moved.to));

  await page.goto(eventUrl(moved.id));
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(eventUrl(moved.to))}$`));
  const successor = eventById(moved.to);
  await expect(panel(page, successor).getByRole("heading", { level: 2, name: successor.title })).toBeVisible();
});

test("a gone id has a page that says what it was, why it is gone, and the way back", async ({ page }) => {
  const response = await page.goto(eventUrl(gone.id));
  // A page, not an error: a static host could not say 410 Gone either, so both builds answer alike.
  expect(response?.status()).toBe(200);
  const notice = page.getByRole("region", { name: "This event is no longer in the timeline" });
  await expect(notice.getByRole("heading", { level: 2 })).toBeVisible();
  await expect(notice).toContainText(`“${gone.entry.title}”`);
  for (const reason of gone.reasons) await expect(notice).toContainText(reason);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await waitForTimeline(page);
  await expectNoViolations(page);

  await notice.getByRole("link", { name: "Back to the timeline of all events" }).click();
  await expect(page).toHaveURL(/\/$/);
});
