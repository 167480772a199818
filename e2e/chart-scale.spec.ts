import { expect, test, type Page } from "@playwright/test";
import { bundleHarness, mountHarness } from "./harness/bundle";
import { readFileSync } from "node:fs";

// A trace snapshots the whole page at every step: not needed to see a count.
test.use({ trace: "off" });

/**
 * The site's data has a handful of events, too few for the chart to window them. These tests mount
 * the real chart with 10,000 synthetic events in a page of their own (e2e/harness/timeline-chart.tsx,
 * bundled here with esbuild, served by Playwright's router: nothing test-only ships with the app),
 * styled by the built site's stylesheet. A probe counts the `.vis-item` elements on every frame.
 */
const EVENTS = 10_000;
const MOST_MOUNTED = 500;
let bundle = "";

test.beforeAll(async () => {
  bundle = await bundleHarness("e2e/harness/timeline-chart.tsx");
});

const PROBE = `(() => {
  window.mostItems = 0;
  const tick = () => {
    window.mostItems = Math.max(window.mostItems, document.querySelectorAll(".vis-item").length);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

async function mount(page: Page, attributes: Record<string, string> = {}) {
  await page.addInitScript(PROBE);
  await mountHarness(page, {
    path: "/chart-harness/",
    title: "Chart harness",
    bundle,
    data: { events: String(EVENTS), ...attributes },
    maxWidth: "70rem",
    styles: { "vis.css": readFileSync("node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css", "utf8") },
  });
  await expect(page.locator(".vis-timeline")).toBeVisible();
}

const mostMounted = (page: Page) => page.evaluate(() => (window as unknown as { mostItems: number }).mostItems);
const buckets = (page: Page) => page.locator(".vis-item.tl-bucket");
// A day's event is a box, with a line and a dot that carry its classes too: count the boxes and bars.
const events = (page: Page) => page.locator(".vis-item.tl-item:is(.vis-box, .vis-range)");

/** The middle of the bucket nearest the chart's centre, as the reader sees it. */
const middleBucket = (page: Page) =>
  page.evaluate(() => {
    const panel = document.querySelector(".vis-panel.vis-center")!.getBoundingClientRect();
    const middle = panel.left + panel.width / 2;
    const boxes = [...document.querySelectorAll(".vis-item.tl-bucket")].map((el) => el.getBoundingClientRect()).filter((r) => r.right > panel.left && r.left < panel.right && r.width > 0);
    boxes.sort((a, b) => Math.abs(a.left + a.width / 2 - middle) - Math.abs(b.left + b.width / 2 - middle));
    const box = boxes[0];
    return box ? { x: Math.max(panel.left + 2, Math.min(panel.right - 2, box.left + box.width / 2)), y: box.top + box.height / 2 } : null;
  });

test("10,000 events: the chart holds counts of stretches of days, and tapping one zooms in until the events themselves show", async ({ page }) => {
  await mount(page);
  await expect(buckets(page).first()).toBeVisible();
  await expect(events(page)).toHaveCount(0);
  const first = buckets(page).first().locator(".tl-content");
  await expect(first).toHaveText(/^[\d,]+ events?$/);
  await expect(first).toHaveAttribute("title", /^[\d,]+ events?, .+: tap or zoom in to see them$/);

  for (let taps = 0; taps < 8 && (await events(page).count()) === 0; taps++) {
    const target = await middleBucket(page);
    expect(target).not.toBeNull();
    const windows = await page.evaluate(() => window.chartHarness.windows.length);
    await page.mouse.click(target!.x, target!.y);
    // A tap on a count is the reader's own zoom: it reaches the address (here, the harness).
    await expect.poll(() => page.evaluate(() => window.chartHarness.windows.length)).toBeGreaterThan(windows);
    await page.waitForTimeout(400); // the zoom's animation, then the refill
  }
  await expect(events(page).first()).toBeVisible();
  await expect(buckets(page)).toHaveCount(0);
  // Each event's item names it, as on a small corpus's chart.
  await expect(events(page).first().locator(".tl-content")).toHaveAttribute("title", / · Synthetic event \d{6}$/);
  expect(await page.evaluate(() => window.chartHarness.selected)).toEqual([]);
  expect(await mostMounted(page)).toBeLessThanOrEqual(MOST_MOUNTED);
});

test("zooming out from the narrowest zoom to everything never mounts more than 500 items", async ({ page }) => {
  await mount(page, { selected: "event-005000" });
  await expect(events(page).first()).toBeVisible();
  for (let step = 0; step < 14; step++) {
    await page.evaluate(() => window.chartHarness.controls.current?.zoomOut());
    await page.waitForTimeout(250);
  }
  await page.evaluate(() => window.chartHarness.controls.current?.showAll());
  await expect(buckets(page).first()).toBeVisible();
  expect(await mostMounted(page)).toBeLessThanOrEqual(MOST_MOUNTED);
});

test("an event selected far from the window is brought into view, and stays on the chart at any zoom", async ({ page }) => {
  await mount(page);
  await expect(buckets(page).first()).toBeVisible();
  await page.evaluate(() => window.chartHarness.controls.current?.zoomIn());
  await page.evaluate(() => window.chartHarness.select("event-009990"));
  const selected = page.locator(".vis-item.vis-selected.vis-box");
  await expect(selected).toHaveCount(1);
  await expect(selected).toContainText("Synthetic event 009990");
  await expect(selected).toBeInViewport();
  await page.evaluate(() => window.chartHarness.controls.current?.showAll());
  await expect(buckets(page).first()).toBeVisible();
  await expect(selected).toHaveCount(1);
  await expect(selected).toContainText("Synthetic event 009990");
  expect(await mostMounted(page)).toBeLessThanOrEqual(MOST_MOUNTED);
});

test("with lanes, each lane has its own counts", async ({ page }) => {
  await mount(page, { lanes: "country" });
  await expect(buckets(page).first()).toBeVisible();
  const lanes = page.locator(".vis-labelset .vis-label .tl-lane");
  await expect(lanes).toHaveCount(4);
  // Every lane's row has counts: the buckets sit in as many distinct rows as there are lanes.
  const rows = await page.evaluate(() => new Set([...document.querySelectorAll(".vis-foreground .vis-group")].filter((g) => g.querySelector(".tl-bucket")).map((g) => g.getBoundingClientRect().top)).size);
  expect(rows).toBe(4);
  expect(await mostMounted(page)).toBeLessThanOrEqual(MOST_MOUNTED);
});
