import { expect, test } from "@playwright/test";
import { data, escapeRegExp, eventUrl, filterControls, panel, pickSearch, pickTypeFilter, timelineItem, waitForTimeline } from "./helpers";

const dated = data.events.filter((e) => e.date);
const { word, event: found } = pickSearch();
const typeFilter = pickTypeFilter();
const chartItems = (page: import("@playwright/test").Page) => page.locator(".vis-item.vis-box, .vis-item.vis-range");

test("a search narrows the list, marks the match and goes in the address", async ({ page }) => {
  await page.goto("/");
  await waitForTimeline(page);
  const { search, list } = filterControls(page);
  // The index is built in a worker, off the page's main thread (lib/search.worker.ts).
  const worker = page.waitForEvent("worker");
  await search.fill(word);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${escapeRegExp(encodeURIComponent(word))}(&|$)`));
  const link = list.getByRole("link", { name: new RegExp(escapeRegExp(found.title)) });
  await expect(link.locator("mark").filter({ hasText: new RegExp(`^${escapeRegExp(word)}$`, "i") }).first()).toBeVisible();
  expect(await list.getByRole("link").count()).toBeLessThan(dated.length);
  await expect(page.getByRole("status").filter({ hasText: new RegExp(`of ${data.events.length} events`) })).toBeVisible();
  expect(new URL((await worker).url()).pathname).toMatch(/^\/_next\/static\//);
});

test("a browser that cannot start the search worker still searches, on the page", async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { Worker?: unknown }).Worker;
  });
  let workers = 0;
  page.on("worker", () => workers++);
  await page.goto("/");
  await waitForTimeline(page);
  const { search, list } = filterControls(page);
  await search.fill(word);
  await expect(list.getByRole("link", { name: new RegExp(escapeRegExp(found.title)) })).toBeVisible();
  // The found event is listed before the search too: wait for the list to narrow.
  await expect.poll(() => list.getByRole("link").count()).toBeLessThan(dated.length);
  expect(workers).toBe(0);
});

test("a type filter narrows the chart and the list, and goes in the address", async ({ page }) => {
  await page.goto("/");
  await waitForTimeline(page);
  const { region, list } = filterControls(page);
  await region.getByRole("checkbox", { name: typeFilter.label }).check();
  await expect(page).toHaveURL(new RegExp(`[?&]type=${typeFilter.type}(&|$)`));
  await expect(list.getByRole("link")).toHaveCount(typeFilter.events.length);
  await expect(chartItems(page)).toHaveCount(typeFilter.events.length);
  for (const e of typeFilter.events) await expect(timelineItem(page, e)).toHaveCount(1);
  await expect(page.getByRole("status").filter({ hasText: `${typeFilter.events.length} of ${data.events.length} events` })).toBeVisible();
});

test("a copied address reopens the same search, filters and selection, also after a reload", async ({ browser }) => {
  const url = `${eventUrl(found.id)}?q=${encodeURIComponent(word)}&type=${found.type}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await waitForTimeline(page);
  for (const reload of [false, true]) {
    if (reload) await page.reload();
    const { search, region, list } = filterControls(page);
    await expect(search).toHaveValue(word);
    await expect(region.getByRole("checkbox", { name: found.type.charAt(0) + found.type.slice(1).toLowerCase() })).toBeChecked();
    await expect(panel(page, found).getByRole("heading", { level: 2, name: found.title })).toBeVisible();
    const link = list.getByRole("link", { name: new RegExp(escapeRegExp(found.title)) });
    await expect(link).toHaveAttribute("aria-current", "true");
    await expect(link.locator("mark").first()).toBeVisible();
    await expect(page.locator(".vis-item.vis-selected", { hasText: found.title }).first()).toBeVisible();
  }
  await context.close();
});

test("back and forward step through filter changes", async ({ page }) => {
  const statuses = [...new Set(data.events.map((e) => e.status))];
  const status = statuses[0]!;
  const statusLabel = status.charAt(0).toUpperCase() + status.slice(1);
  await page.goto("/");
  await waitForTimeline(page);
  const { region } = filterControls(page);
  const typeBox = region.getByRole("checkbox", { name: typeFilter.label });
  const statusBox = region.getByRole("checkbox", { name: statusLabel });
  await typeBox.check();
  await expect(page).toHaveURL(new RegExp(`\\?type=${typeFilter.type}$`));
  await statusBox.check();
  await expect(page).toHaveURL(new RegExp(`\\?type=${typeFilter.type}&status=${status}$`));

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?type=${typeFilter.type}$`));
  await expect(statusBox).not.toBeChecked();
  await expect(typeBox).toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(typeBox).not.toBeChecked();
  await expect(filterControls(page).list.getByRole("link")).toHaveCount(dated.length);
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`\\?type=${typeFilter.type}$`));
  await expect(typeBox).toBeChecked();
  await expect(filterControls(page).list.getByRole("link")).toHaveCount(typeFilter.events.length);
});

test("Clear filters shows every event again", async ({ page }) => {
  await page.goto(`/?q=${encodeURIComponent(word)}&type=${typeFilter.type}`);
  await waitForTimeline(page);
  const { search, region, list } = filterControls(page);
  await expect(search).toHaveValue(word);
  await region.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(search).toHaveValue("");
  await expect(region.getByRole("checkbox", { name: typeFilter.label })).not.toBeChecked();
  await expect(list.getByRole("link")).toHaveCount(dated.length);
  await expect(list.locator("mark")).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: `${data.events.length} of ${data.events.length} events` })).toBeVisible();
  await expect(region.getByRole("button", { name: "Clear filters" })).toBeDisabled();
});

test("nonsense in the address is ignored, not an error", async ({ page }) => {
  await page.goto("/?type=NOPE&status=maybe&from=2022-13-45&actor=Nobody+At+All&start=x");
  await waitForTimeline(page);
  await expect(filterControls(page).list.getByRole("link")).toHaveCount(dated.length);
  await expect(page.getByRole("status").filter({ hasText: `${data.events.length} of ${data.events.length} events` })).toBeVisible();
});

test("several actors can be chosen: events with any of them are shown, and each chip removes its actor", async ({ page }) => {
  const counts = new Map<string, number>();
  for (const e of data.events) for (const name of new Set(e.actors.map((a) => a.name))) counts.set(name, (counts.get(name) ?? 0) + 1);
  const [a, b] = [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([name]) => name);
  test.skip(!a || !b, "needs two actors");
  if (!a || !b) return;
  const withAny = (names: string[]) => data.events.filter((e) => e.actors.some((x) => names.includes(x.name))).length;
  await page.goto("/");
  await waitForTimeline(page);
  const { region } = filterControls(page);
  const field = region.getByRole("combobox", { name: "Actors" });
  for (const name of [a, b]) {
    await field.fill(name);
    await field.press("Enter");
    await expect(field).toHaveValue("");
  }
  const chips = region.getByRole("list", { name: "Chosen: actors" });
  await expect(chips.getByRole("listitem")).toHaveCount(2);
  expect(new URL(page.url()).searchParams.getAll("actor")).toEqual([a, b]);
  await expect(page.getByRole("status").filter({ hasText: `${withAny([a, b])} of ${data.events.length} events` })).toBeVisible();
  await chips.getByRole("button", { name: `Remove ${a}` }).click();
  expect(new URL(page.url()).searchParams.getAll("actor")).toEqual([b]);
  await expect(page.getByRole("status").filter({ hasText: `${withAny([b])} of ${data.events.length} events` })).toBeVisible();
  await page.goBack();
  await expect(chips.getByRole("listitem")).toHaveCount(2);
});
