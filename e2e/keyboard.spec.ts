import { expect, test } from "@playwright/test";
import { datedInTimeOrder, escapeRegExp, eventUrl, panel, waitForTimeline } from "./helpers";

const order = datedInTimeOrder();

test("Left/Right step through the events in time order, Enter opens, Escape closes", async ({ page }) => {
  test.skip(order.length < 2, "needs two dated events");
  const [first, second] = [order[0]!, order[1]!];
  await page.goto("/");
  await waitForTimeline(page);
  await expect(page.getByText(/Keys, with focus in the timeline/)).toBeVisible();
  const chart = page.getByRole("group", { name: "Timeline chart" });
  await chart.focus();

  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(eventUrl(first.id))}$`));
  await expect(panel(page, first).getByRole("heading", { level: 2, name: first.title })).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(eventUrl(second.id))}$`));
  await expect(page.locator(".vis-item.vis-selected", { hasText: second.title }).first()).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(eventUrl(first.id))}$`));
  await expect(chart).toBeFocused();

  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(page.getByRole("heading", { name: "No event selected" })).toBeVisible();

  await page.keyboard.press("ArrowLeft");
  const last = order.at(-1)!;
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(eventUrl(last.id))}$`));
  await page.keyboard.press("Enter");
  await expect(panel(page, last).getByRole("heading", { level: 2, name: last.title })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeFocused();
});

test("+ and - zoom the chart and put the window in the address", async ({ page }) => {
  await page.goto("/");
  await waitForTimeline(page);
  await page.getByRole("group", { name: "Timeline chart" }).focus();
  await page.keyboard.press("+");
  await expect(page).toHaveURL(/\?start=\d{4}-\d{2}-\d{2}&end=\d{4}-\d{2}-\d{2}$/);
  const zoomedIn = new URL(page.url());
  // A key pressed while the chart is still animating the previous zoom can be absorbed by it:
  // press again until the window in the address has moved.
  await expect(async () => {
    await page.keyboard.press("-");
    await expect(page).not.toHaveURL(zoomedIn.href, { timeout: 1000 });
  }).toPass();
  const zoomedOut = new URL(page.url());
  const span = (u: URL) => Date.parse(u.searchParams.get("end")!) - Date.parse(u.searchParams.get("start")!);
  expect(span(zoomedOut)).toBeGreaterThan(span(zoomedIn));

  // The window is part of the view: a fresh page at this address shows the same one.
  const again = await page.context().newPage();
  await again.goto(zoomedOut.href);
  await waitForTimeline(again);
  await expect(again).toHaveURL(zoomedOut.href);
});
