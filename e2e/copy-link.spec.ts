import { expect, test } from "@playwright/test";
import { eventUrl, panel, pickDatedEvent } from "./helpers";

const event = pickDatedEvent();

test("Copy link puts the event's absolute address in the clipboard and says so", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto(eventUrl(event.id));
  await panel(page, event).getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: /copied/i })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(eventUrl(event.id), baseURL).href);
});

test("Copy link keeps the search and filters of the view", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const word = event.title.split(" ")[0]!;
  await page.goto(`${eventUrl(event.id)}?q=${encodeURIComponent(word)}&type=${event.type}`);
  await expect(page.getByLabel("Search headlines and passages")).toHaveValue(word);
  await panel(page, event).getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: /copied/i })).toBeVisible();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.pathname).toBe(eventUrl(event.id));
  expect(copied.searchParams.get("q")).toBe(word);
  expect(copied.searchParams.get("type")).toBe(event.type);
});
