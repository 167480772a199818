/**
 * Links that never break, in the server build: an event id given out once (data/id-registry.json)
 * still leads somewhere. Which ids: whatever the registry holds, picked from the data.
 */
import { expect, test } from "@playwright/test";
import { escapeRegExp, eventById, eventUrl, expectGonePage, panel, pickRetired } from "./helpers";

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
  await expectGonePage(page, gone);
});
