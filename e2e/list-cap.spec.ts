import { expect, test, type Page } from "@playwright/test";
import { bundleHarness, mountHarness } from "./harness/bundle";

test.use({ trace: "off" });

/**
 * The lists under the chart show at most 60 rows each (components/EventLists.tsx, LIST_ROWS) and lead
 * to the list view for the rest. The site's data has too few events to reach that, so the real lists
 * are mounted with 12,000 synthetic entries (every 50th undated: 11,760 dated, 240 undated) in a page
 * of their own (e2e/harness/event-lists.tsx), styled by the built site's stylesheet.
 */
const ROWS = 12_000;
const CAP = 60;
let bundle = "";

test.beforeAll(async () => {
  bundle = await bundleHarness("e2e/harness/event-lists.tsx");
});

const mount = (page: Page, rows: number) => mountHarness(page, { path: "/lists-harness/", title: "Lists harness", bundle, data: { rows: String(rows) }, maxWidth: "60rem" });

const datedList = (page: Page) => page.getByRole("region", { name: /All dated events/ });
const undatedList = (page: Page) => page.getByRole("region", { name: /Undated/ });

test(`each list shows its first ${CAP} rows, says how many there are, and leads to the list view`, async ({ page }) => {
  await mount(page, ROWS);
  const dated = datedList(page);
  await expect(dated.getByRole("heading", { name: `All dated events (11,760)` })).toBeVisible();
  await expect(dated.getByRole("listitem")).toHaveCount(CAP);
  // The rows are the first ones in date order, not any 60 (every 50th synthetic entry is undated).
  await expect(dated.getByRole("listitem").first()).toContainText("Synthetic event 00000");
  await expect(dated.getByRole("listitem").last()).toContainText("Synthetic event 00060");
  await expect(dated).toContainText(`The first 60 of 11,760.`);

  const undated = undatedList(page);
  await expect(undated.getByRole("heading", { name: "Undated (240)" })).toBeVisible();
  await expect(undated.getByRole("listitem")).toHaveCount(CAP);
  await expect(undated).toContainText("The first 60 of 240.");

  await dated.getByRole("button", { name: "Show all in the list view" }).click();
  await undated.getByRole("button", { name: "Show all in the list view" }).click();
  expect(await page.evaluate(() => (window as unknown as { listsHarness: { showAll: number } }).listsHarness.showAll)).toBe(2);
});

test(`a list of at most ${CAP} rows shows them all, with no way to the list view`, async ({ page }) => {
  // 61 entries: 60 dated, 1 undated.
  await mount(page, 61);
  await expect(datedList(page).getByRole("listitem")).toHaveCount(60);
  await expect(undatedList(page).getByRole("listitem")).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Show all in the list view" })).toHaveCount(0);
});
