import { expect, test, type Page } from "@playwright/test";
import { eventUrl, pickDatedEvent, waitForTimeline } from "./helpers";

const event = pickDatedEvent();

/** Sum of layout-shift scores since navigation (the Cumulative Layout Shift the page has caused so far). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
        // Buffered entries are delivered in the observer's first callback, before this timer's task.
        setTimeout(() => resolve(total), 0);
      }),
  );
}

for (const [name, path, viewport] of [
  ["the timeline", "/", { width: 1280, height: 800 }],
  ["an event page", eventUrl(event.id), { width: 1280, height: 800 }],
  ["an event page on a phone", eventUrl(event.id), { width: 360, height: 740 }],
] as const) {
  test(`${name} does not shift when the chart loads`, async ({ browser }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(path);
    await waitForTimeline(page);
    await expect(page.locator(".vis-item.tl-item").first()).toBeVisible();
    expect(await layoutShift(page)).toBeLessThan(0.01);
    await context.close();
  });
}
