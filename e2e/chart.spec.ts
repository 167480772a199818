import { expect, test, type Page } from "@playwright/test";
import { data, waitForTimeline } from "./helpers";

const dated = data.events.filter((e) => e.date);
const chart = (page: Page) => page.getByRole("group", { name: "Timeline chart" });
const laneLabels = (page: Page) => page.locator(".vis-labelset .vis-label .tl-lane");

test("lanes split the chart by country, actor or type, and live in the address", async ({ page }) => {
  await page.goto("/");
  await waitForTimeline(page);
  await expect(laneLabels(page)).toHaveCount(0);
  const lanes = page.getByLabel("Lanes");

  await lanes.selectOption("type");
  await expect(page).toHaveURL(/[?&]lanes=type(&|$)/);
  const types = [...new Set(dated.map((e) => e.type))];
  await expect(laneLabels(page)).toHaveCount(types.length);
  for (const t of types) {
    const label = t.charAt(0) + t.slice(1).toLowerCase();
    const count = dated.filter((e) => e.type === t).length;
    await expect(laneLabels(page).filter({ hasText: new RegExp(`^${label} ${count}$`) })).toHaveCount(1);
  }

  await lanes.selectOption("country");
  await expect(page).toHaveURL(/[?&]lanes=country(&|$)/);
  // An event that involves two countries is drawn in both lanes: more items than events.
  const countries = new Set(dated.flatMap((e) => e.actors.filter((a) => a.kind === "country").map((a) => a.name)));
  for (const name of countries) await expect(laneLabels(page).filter({ hasText: new RegExp(`^${name} \\d+$`) })).toHaveCount(1);

  await page.goBack();
  await expect(lanes).toHaveValue("type");
  await page.reload();
  await waitForTimeline(page);
  await expect(lanes).toHaveValue("type");
  await expect(laneLabels(page)).toHaveCount(types.length);
  await lanes.selectOption("none");
  await expect(page).not.toHaveURL(/lanes=/);
  await expect(laneLabels(page)).toHaveCount(0);
});

test("every item carries its type's icon, and the legend pairs each icon with its name", async ({ page }) => {
  await page.goto("/");
  await waitForTimeline(page);
  const items = page.locator(".vis-item.tl-item:is(.vis-box, .vis-range)");
  await expect(items.first()).toBeVisible();
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  await expect(items.locator("svg.tl-icon")).toHaveCount(count);
  for (const t of new Set(dated.map((e) => e.type))) {
    await expect(page.locator("ul li", { hasText: new RegExp(`^${t.charAt(0) + t.slice(1).toLowerCase()}$`) }).locator("svg.type-icon").first()).toBeAttached();
  }
});

test("a period precise to the month spans its month and is labelled as a month", async ({ page }) => {
  const month = dated.find((e) => e.date!.precision === "month");
  test.skip(!month, "needs an event dated to a month");
  if (!month) return;
  // A window from ten days before the month to ten days after it: the month must fill its share.
  const [year, mm] = month.date!.start.split("-").map(Number) as [number, number];
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const windowStart = new Date(Date.UTC(year, mm - 1, 1 - 10));
  const windowEnd = new Date(Date.UTC(year, mm, 10)); // day 10 of the next month
  await page.goto(`/?start=${iso(windowStart)}&end=${iso(windowEnd)}`);
  await waitForTimeline(page);
  const item = page.locator(".vis-item.vis-range.tl-item").filter({ hasText: month.title });
  await expect(item).toHaveCount(1);
  const monthName = new Date(year, mm - 1, 1).toLocaleString("en-GB", { month: "long" });
  // "Dec 2021" or "December 2021": a month, never a day.
  await expect(item.locator(".tl-content")).toHaveAttribute("title", new RegExp(`^(${monthName}|${monthName.slice(0, 3)}) ${year} · `));
  const days = (windowEnd.getTime() - windowStart.getTime()) / 86_400_000;
  const daysInMonth = new Date(Date.UTC(year, mm, 0)).getUTCDate();
  const center = (await page.locator(".vis-panel.vis-center").boundingBox())!;
  const bar = (await item.boundingBox())!;
  expect(bar.width / center.width).toBeCloseTo(daysInMonth / days, 1);
});

test("dense periods become clusters with counts that open when tapped", async ({ page }) => {
  await page.goto("/");
  await waitForTimeline(page);
  await page.getByRole("button", { name: "Show all", exact: true }).click();
  const cluster = page.locator(".vis-item.vis-cluster");
  test.skip((await cluster.count()) === 0 && dated.length < 6, "needs a dense period");
  await expect(cluster.first()).toBeVisible();
  // The count is written as text and named in the title (once the "Show all" animation settles).
  const content = cluster.first().locator(".vis-item-content");
  await expect.poll(async () => (await content.getAttribute("title")) === `${(await content.innerText()).trim()} events: tap or zoom in to see them`).toBe(true);
  const shown = Number((await content.innerText()).trim());
  expect(shown).toBeGreaterThan(1);
  expect(shown).toBeLessThanOrEqual(dated.length);
  await cluster.first().click();
  await expect(page).toHaveURL(/[?&]start=/); // zoomed, not an event opened
  await expect(page).not.toHaveURL(/\/events\//);
  await expect(page.locator(".vis-item.tl-item").filter({ hasNot: page.locator(".vis-cluster") }).first()).toBeVisible();
});

test("a today marker shows when the window reaches today, and not otherwise", async ({ page }) => {
  const today = new Date();
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const before = new Date(today.getTime() - 20 * 86_400_000);
  const after = new Date(today.getTime() + 20 * 86_400_000);
  await page.goto(`/?start=${day(before)}&end=${day(after)}`);
  await waitForTimeline(page);
  const marker = page.locator(".vis-current-time");
  const inView = async () => {
    const [bar, center] = await Promise.all([marker.boundingBox(), page.locator(".vis-panel.vis-center").boundingBox()]);
    return Boolean(bar && center && bar.x >= center.x && bar.x <= center.x + center.width);
  };
  await expect.poll(inView).toBe(true);
  const first = dated.map((e) => e.date!.start).sort()[0]!;
  const [y, m, d] = first.split("-").map(Number) as [number, number, number];
  const start = new Date(Date.UTC(y, m - 1, d - 5));
  const end = new Date(Date.UTC(y, m - 1, d + 5));
  await page.goto(`/?start=${day(start)}&end=${day(end)}`);
  await waitForTimeline(page);
  await expect.poll(inView).toBe(false);
});

test("touch: a one-finger drag pans and a pinch zooms", async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/");
  await waitForTimeline(page);
  const center = chart(page).locator(".vis-panel.vis-center");
  await center.scrollIntoViewIfNeeded();
  const box = (await center.boundingBox())!;
  const cdp = await context.newCDPSession(page);
  const touch = (type: "touchStart" | "touchMove" | "touchEnd", points: Array<[number, number]>) =>
    cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
  const y = Math.min(box.y + box.height - 20, 844 - 10); // low on the chart, below most items, inside the screen
  const x = box.x + box.width / 2;

  await touch("touchStart", [[x, y]]);
  for (let i = 1; i <= 8; i++) await touch("touchMove", [[x - i * 15, y]]);
  await touch("touchEnd", []);
  await expect(page).toHaveURL(/[?&]start=\d{4}-\d{2}-\d{2}&end=/);
  const panned = new URL(page.url()).searchParams;
  const span = (p: URLSearchParams) => Date.parse(p.get("end")!) - Date.parse(p.get("start")!);

  await touch("touchStart", [[x - 20, y], [x + 20, y]]);
  for (let i = 1; i <= 8; i++) await touch("touchMove", [[x - 20 - i * 12, y], [x + 20 + i * 12, y]]);
  await touch("touchEnd", []);
  await expect.poll(() => span(new URL(page.url()).searchParams)).toBeLessThan(span(panned));
  await context.close();
});
