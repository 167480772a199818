import { expect, test, type Locator, type Page } from "@playwright/test";
import { bundleHarness, mountHarness } from "./harness/bundle";

// A trace snapshots the whole page at every step: 10,000 printed rows make that, not the table, slow.
test.use({ trace: "off" });

const grid = (page: Page) => page.getByRole("grid", { name: "Events" });
const header = (page: Page, name: string) => grid(page).getByRole("columnheader", { name });

/**
 * The site's data has a handful of events, too few to show virtualization. These tests mount the
 * real EventTable with 10,000 synthetic rows in a page of their own (e2e/harness/event-table.tsx,
 * bundled here with esbuild, served by Playwright's router: nothing test-only ships with the app),
 * styled by the built site's stylesheet.
 */
test.describe("10,000 rows", () => {
  const ROWS = 10_000;
  const ROW_HEIGHT = 56;
  let bundle = "";

  test.beforeAll(async () => {
    bundle = await bundleHarness("e2e/harness/event-table.tsx");
  });

  async function mount(page: Page): Promise<Locator> {
    await mountHarness(page, { path: "/table-harness/", title: "Table harness", bundle, data: { rows: String(ROWS) }, maxWidth: "60rem" });
    const table = grid(page);
    await expect(table).toHaveAttribute("aria-rowcount", String(ROWS + 1));
    return table;
  }

  /** The rendered rows' aria-rowindex, and whether each sits where its index says (index × row height). */
  const rendered = (table: Locator) =>
    table.evaluate((el, rowHeight) => {
      const body = el.querySelectorAll('[role="rowgroup"]')[1]!.getBoundingClientRect();
      return [...el.querySelectorAll<HTMLElement>('[role="row"][data-index]')].map((row) => {
        const index = Number(row.getAttribute("aria-rowindex"));
        const top = row.getBoundingClientRect().top - body.top;
        return { index, placed: Math.abs(top - (index - 2) * rowHeight) < 1 };
      });
    }, ROW_HEIGHT);

  /** The focused row is inside the scroll box, below its sticky header. */
  const focusedRowInView = (page: Page) =>
    page.evaluate(() => {
      const row = document.activeElement as HTMLElement;
      const box = row.closest('[role="grid"]')!.getBoundingClientRect();
      const header = row.closest('[role="grid"]')!.querySelector('[role="rowgroup"]')!.getBoundingClientRect();
      const r = row.getBoundingClientRect();
      return r.top >= header.bottom - 1 && r.bottom <= box.bottom + 1;
    });

  test("only a window of rows is in the page, each at its place and aria-rowindex", async ({ page }) => {
    const table = await mount(page);
    let rows = await rendered(table);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]!.index).toBe(2);
    expect(rows.every((r) => r.placed)).toBe(true);

    // Scrolled to the middle: the rows there, and only those, are rendered.
    await table.evaluate((el, top) => el.scrollTo({ top }), 5_000 * ROW_HEIGHT);
    await expect(table.locator('[role="row"][aria-rowindex="5002"]')).toBeAttached();
    rows = await rendered(table);
    expect(rows.length).toBeLessThan(60);
    expect(rows.every((r) => r.placed)).toBe(true);
    // The first row stays too: it holds the table's tab stop.
    expect(rows.filter((r) => r.index < 4_900).map((r) => r.index)).toEqual([2]);
    expect(Math.min(...rows.filter((r) => r.index > 2).map((r) => r.index))).toBeGreaterThan(4_980);
  });

  test("the keys walk all 10,000 rows, scrolling and keeping focus as rows are recycled", async ({ page }) => {
    const table = await mount(page);
    await header(page, "Actors").getByRole("button").focus();
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    await expect(focused).toHaveAttribute("aria-rowindex", "2");

    await page.keyboard.press("End");
    await expect(focused).toHaveAttribute("aria-rowindex", String(ROWS + 1));
    await expect.poll(() => focusedRowInView(page)).toBe(true);
    expect((await rendered(table)).length).toBeLessThan(60);

    await page.keyboard.press("Home");
    await expect(focused).toHaveAttribute("aria-rowindex", "2");
    const perPage = await table.evaluate((el, h) => Math.floor((el.clientHeight - 40) / h), ROW_HEIGHT);
    await page.keyboard.press("PageDown");
    await expect(focused).toHaveAttribute("aria-rowindex", String(2 + perPage));
    await page.keyboard.press("PageDown");
    await expect(focused).toHaveAttribute("aria-rowindex", String(2 + 2 * perPage));
    await expect.poll(() => focusedRowInView(page)).toBe(true);
    await page.keyboard.press("PageUp");
    await page.keyboard.press("ArrowUp");
    await expect(focused).toHaveAttribute("aria-rowindex", String(1 + perPage));

    // Scrolling far away with the mouse wheel leaves the focused row in the page and focused.
    await table.hover();
    await page.mouse.wheel(0, 100 * ROW_HEIGHT * 10);
    await expect.poll(() => table.evaluate((el) => el.scrollTop)).toBeGreaterThan(500 * ROW_HEIGHT);
    const top = await table.evaluate((el, h) => Math.floor(el.scrollTop / h) + 2, ROW_HEIGHT);
    await expect(table.locator(`[role="row"][aria-rowindex="${top + 1}"]`)).toBeAttached();
    await expect(focused).toHaveAttribute("aria-rowindex", String(1 + perPage));
    await page.keyboard.press("ArrowDown");
    await expect(focused).toHaveAttribute("aria-rowindex", String(2 + perPage));
    await expect.poll(() => focusedRowInView(page)).toBe(true);

    await page.keyboard.press("Enter");
    const id = await focused.getByRole("link").getAttribute("href");
    expect(await page.evaluate(() => window.tableHarness.opened)).toEqual([/\/events\/([^/]+)\//.exec(id!)![1]]);
    await expect(focused).toHaveAttribute("aria-selected", "true");
  });

  test("sorting 10,000 rows reorders them, undated still last", async ({ page }) => {
    const table = await mount(page);
    await header(page, "Date").getByRole("button").click();
    await expect(header(page, "Date")).toHaveAttribute("aria-sort", "descending");
    // Row i is dated 2000-01-01 + i days; every 50th (i = 49, 99, …) is undated. The latest dated is i = 9998.
    await expect(table.getByRole("row").nth(1)).toContainText("Synthetic event 09998");
    await header(page, "Actors").getByRole("button").focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("End");
    await expect(page.locator(":focus")).toContainText("Synthetic event 09999");
    await expect(page.locator(":focus")).toContainText("Undated");
  });

  test("the browser's beforeprint renders every row before it returns, afterprint the window again", async ({ page }) => {
    const table = await mount(page);
    // Counted inside the same task as the event: a real print lays the page out right after beforeprint.
    const counts = await page.evaluate(() => {
      const count = () => document.querySelectorAll('[role="row"][data-index]').length;
      const before = count();
      window.dispatchEvent(new Event("beforeprint"));
      const printing = count();
      return { before, printing };
    });
    expect(counts.before).toBeLessThan(60);
    expect(counts.printing).toBe(ROWS);
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await expect.poll(async () => (await rendered(table)).length, { timeout: 45_000 }).toBeLessThan(60);
  });

  test("printing renders all 10,000 rows, then the window again", async ({ page }) => {
    // Laying out 10,000 full rows takes this machine's headless Chromium several seconds.
    test.setTimeout(120_000);
    const table = await mount(page);
    await page.emulateMedia({ media: "print" });
    const rowIndexes = () => table.evaluate((el) => [...el.querySelectorAll('[role="row"][data-index]')].map((row) => Number(row.getAttribute("aria-rowindex"))));
    await expect.poll(async () => (await rowIndexes()).length, { timeout: 45_000 }).toBe(ROWS);
    expect(await rowIndexes()).toEqual(Array.from({ length: ROWS }, (_, i) => i + 2));
    await page.emulateMedia({ media: "screen" });
    await expect.poll(async () => (await rendered(table)).length, { timeout: 45_000 }).toBeLessThan(60);
  });
});
