import { expect, test } from "@playwright/test";

for (const [kind, url, name] of [
  ["event", "/events/no-such-event-e2e/", "no-such-event-e2e"],
  ["article", "/articles/no-such-article-e2e/", "no-such-article-e2e"],
] as const) {
  test(`an unknown ${kind} id is a helpful 404`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
    await expect(page.locator("main")).toContainText(`no ${kind} “${name}”`);
    await page.getByRole("link", { name: /Back to the timeline/ }).click();
    await expect(page).toHaveURL(/:\d+\/$/);
  });
}
