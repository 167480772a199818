import { expect, test, type Page } from "@playwright/test";
import type { TimelineEvent } from "../lib/schema";
import { data, escapeRegExp, eventUrl, expectNoViolations, filterControls, pickSearch, pickTypeFilter, waitForTimeline } from "./helpers";

const typeFilter = pickTypeFilter();
const ofType = data.events.filter((e) => e.type === typeFilter.type);
const byId = new Map(data.events.map((e) => [e.id, e]));
const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
const typeLabel = (type: string) => type.charAt(0) + type.slice(1).toLowerCase();

const grid = (page: Page) => page.getByRole("grid", { name: "Events" });
/** The table's event rows (the header row has column headers, not cells). */
const eventRows = (page: Page) => grid(page).getByRole("row").filter({ has: page.getByRole("gridcell") });
const displaySwitch = (page: Page) => page.getByRole("group", { name: "Show events as" });
const header = (page: Page, name: string) => grid(page).getByRole("columnheader", { name });

/** The events in the table, in the order of their aria-rowindex, read from each headline's link. */
async function shownEvents(page: Page): Promise<TimelineEvent[]> {
  const rows = await eventRows(page).evaluateAll((elements) =>
    elements.map((row) => ({ index: Number(row.getAttribute("aria-rowindex")), href: row.querySelector("a")?.getAttribute("href") ?? "" })),
  );
  return rows
    .sort((a, b) => a.index - b.index)
    .map(({ href }) => {
      const id = decodeURIComponent(/^\/events\/([^/]+)\//.exec(href)?.[1] ?? "");
      const event = byId.get(id);
      if (!event) throw new Error(`a row links to ${href}, which is no event in events.json`);
      return event;
    });
}

/**
 * The events are in order of `key` (null: nothing to sort on, always last) in the given direction.
 * Checked against the data itself, not against the app's sorting code.
 */
function expectOrdered(events: TimelineEvent[], key: (e: TimelineEvent) => string | null, descending: boolean) {
  const keys = events.map(key);
  const firstMissing = keys.indexOf(null);
  if (firstMissing >= 0) expect(keys.slice(firstMissing).every((k) => k === null), `events without a ${key.name} come last`).toBe(true);
  const present = keys.filter((k): k is string => k !== null);
  for (let i = 1; i < present.length; i++) {
    const order = collator.compare(present[i - 1]!, present[i]!);
    expect(descending ? order >= 0 : order <= 0, `"${present[i - 1]}" then "${present[i]}" ${descending ? "descending" : "ascending"}`).toBe(true);
  }
}
const dateKey = (e: TimelineEvent) => e.date?.start ?? null;
const titleKey = (e: TimelineEvent) => e.title;
const typeKey = (e: TimelineEvent) => typeLabel(e.type);
const actorKey = (e: TimelineEvent) => e.actors[0]?.name ?? null;

async function openList(page: Page, query = "") {
  await page.goto(`/?view=list${query ? `&${query}` : ""}`);
  await expect(grid(page)).toBeVisible();
}

test("switching to the list keeps the filters in the address, and back", async ({ page }) => {
  await page.goto(`/?type=${typeFilter.type}`);
  await waitForTimeline(page);
  const { region, list } = filterControls(page);
  await displaySwitch(page).getByRole("button", { name: "List" }).click();

  await expect(page).toHaveURL(new RegExp(`\\?type=${typeFilter.type}&view=list$`));
  await expect(displaySwitch(page).getByRole("button", { name: "List" })).toHaveAttribute("aria-pressed", "true");
  await expect(displaySwitch(page).getByRole("button", { name: "Timeline" })).toHaveAttribute("aria-pressed", "false");
  await expect(region.getByRole("checkbox", { name: typeFilter.label })).toBeChecked();
  // Every event of the type, dated or not, and nothing else; the chart and the two lists are gone.
  await expect(eventRows(page)).toHaveCount(ofType.length);
  expect(new Set((await shownEvents(page)).map((e) => e.id))).toEqual(new Set(ofType.map((e) => e.id)));
  await expect(page.locator(".vis-timeline")).toHaveCount(0);
  await expect(list).toHaveCount(0);

  await displaySwitch(page).getByRole("button", { name: "Timeline" }).click();
  await expect(page).toHaveURL(new RegExp(`\\?type=${typeFilter.type}$`));
  await waitForTimeline(page);
  await expect(grid(page)).toHaveCount(0);
  await expect(region.getByRole("checkbox", { name: typeFilter.label })).toBeChecked();
  await expect(list.getByRole("link")).toHaveCount(typeFilter.events.length);
});

test("the chart's window survives switching both ways", async ({ page }) => {
  const window = "start=2021-11-01&end=2022-02-01";
  await page.goto(`/?${window}`);
  await waitForTimeline(page);
  await displaySwitch(page).getByRole("button", { name: "List" }).click();
  await expect(page).toHaveURL(new RegExp(`/\\?${window}&view=list$`));
  await displaySwitch(page).getByRole("button", { name: "Timeline" }).click();
  await waitForTimeline(page);
  await expect(page).toHaveURL(new RegExp(`/\\?${window}$`));
});

test("the selection survives switching both ways", async ({ page }) => {
  const event = data.events.find((e) => e.date) ?? data.events[0]!;
  await page.goto(eventUrl(event.id));
  await waitForTimeline(page);
  await displaySwitch(page).getByRole("button", { name: "List" }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(eventUrl(event.id))}\\?view=list$`));
  await expect(eventRows(page).filter({ has: page.getByRole("link", { name: event.title, exact: true }) })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("heading", { level: 2, name: event.title })).toBeVisible();
  await displaySwitch(page).getByRole("button", { name: "Timeline" }).click();
  await waitForTimeline(page);
  await expect(page.locator(".vis-item.vis-selected", { hasText: event.title }).first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: event.title })).toBeVisible();
});

test("a search applies to the list and marks the headline", async ({ page }) => {
  const { word, event } = pickSearch();
  await openList(page, `q=${encodeURIComponent(word)}`);
  const row = eventRows(page).filter({ has: page.getByRole("link", { name: event.title, exact: true }) });
  await expect(row.locator("mark").filter({ hasText: new RegExp(`^${escapeRegExp(word)}$`, "i") }).first()).toBeVisible();
  await expect(filterControls(page).search).toHaveValue(word);
  expect(await eventRows(page).count()).toBeLessThan(data.events.length);
});

test("back and forward switch between the timeline and the list", async ({ page }) => {
  await page.goto("/");
  await waitForTimeline(page);
  await displaySwitch(page).getByRole("button", { name: "List" }).click();
  await expect(page).toHaveURL(/\?view=list$/);
  await header(page, "Date").getByRole("button").click();
  await expect(page).toHaveURL(/\?view=list&sort=-date$/);

  await page.goBack();
  await expect(page).toHaveURL(/\?view=list$/);
  await expect(header(page, "Date")).toHaveAttribute("aria-sort", "ascending");
  await page.goBack();
  await expect(page).toHaveURL(/:\d+\/$/);
  await waitForTimeline(page);
  await expect(grid(page)).toHaveCount(0);
  await page.goForward();
  await expect(page).toHaveURL(/\?view=list$/);
  await expect(grid(page)).toBeVisible();
  await page.goForward();
  await expect(header(page, "Date")).toHaveAttribute("aria-sort", "descending");
});

test("every sortable column sorts both ways, says so with aria-sort and goes in the address", async ({ page }) => {
  await openList(page);
  await expect(header(page, "Date")).toHaveAttribute("aria-sort", "ascending");
  expectOrdered(await shownEvents(page), dateKey, false);

  const columns: Array<{ name: string; param: string; key: (e: TimelineEvent) => string | null }> = [
    { name: "Date", param: "date", key: dateKey },
    { name: "Event", param: "title", key: titleKey },
    { name: "Type", param: "type", key: typeKey },
    { name: "Actors", param: "actor", key: actorKey },
  ];
  for (const { name, param, key } of columns) {
    // The first press on another column sorts it ascending; the next one reverses it.
    const directions = param === "date" ? [true, false] : [false, true];
    for (const descending of directions) {
      await header(page, name).getByRole("button").click();
      const sortParam = descending ? `-${param}` : param;
      if (sortParam === "date") await expect(page).toHaveURL(/\?view=list$/);
      else await expect(page).toHaveURL(new RegExp(`\\?view=list&sort=${escapeRegExp(sortParam)}$`));
      await expect(header(page, name)).toHaveAttribute("aria-sort", descending ? "descending" : "ascending");
      for (const other of columns.filter((c) => c.name !== name)) await expect(header(page, other.name)).not.toHaveAttribute("aria-sort");
      const events = await shownEvents(page);
      expect(events).toHaveLength(data.events.length);
      expectOrdered(events, key, descending);
    }
  }
  // Not sortable: no button, no aria-sort.
  for (const name of ["Sources", "Status"]) {
    await expect(header(page, name).getByRole("button")).toHaveCount(0);
    await expect(header(page, name)).not.toHaveAttribute("aria-sort");
  }
});

test("the grid counts its rows for assistive technology: aria-rowcount and aria-rowindex", async ({ page }) => {
  await openList(page, `type=${typeFilter.type}`);
  await expect(grid(page)).toHaveAttribute("aria-rowcount", String(ofType.length + 1));
  await expect(grid(page).getByRole("row").first()).toHaveAttribute("aria-rowindex", "1");
  const indexes = await eventRows(page).evaluateAll((rows) => rows.map((r) => Number(r.getAttribute("aria-rowindex"))).sort((a, b) => a - b));
  expect(indexes).toEqual(ofType.map((_, i) => i + 2));

  await page.goto("/?view=list");
  await expect(grid(page)).toHaveAttribute("aria-rowcount", String(data.events.length + 1));
});

test("Tab reaches the rows; Down moves, Enter opens the event with the view kept, Escape closes", async ({ page }) => {
  test.skip(data.events.length < 2, "needs two events");
  await openList(page, "sort=-date");
  const expected = await shownEvents(page);
  const second = expected[1]!;
  await header(page, "Actors").getByRole("button").focus();
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveAttribute("aria-rowindex", "2");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator(":focus")).toHaveAttribute("aria-rowindex", "3");
  await page.keyboard.press("End");
  await expect(page.locator(":focus")).toHaveAttribute("aria-rowindex", String(data.events.length + 1));
  await page.keyboard.press("Home");
  await expect(page.locator(":focus")).toHaveAttribute("aria-rowindex", "2");
  await page.keyboard.press("ArrowDown");
  // The chart's keys do nothing here: no event gets selected.
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/\/\?view=list&sort=-date$/);

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(eventUrl(second.id))}\\?view=list&sort=-date$`));
  await expect(page.getByRole("heading", { level: 2, name: second.title })).toBeFocused();
  const row = eventRows(page).filter({ has: page.getByRole("link", { name: second.title, exact: true }) });
  await expect(row).toHaveAttribute("aria-selected", "true");
  await expect(grid(page).locator('[role="row"][aria-selected="true"]')).toHaveCount(1);

  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/\?view=list&sort=-date$/);
  await expect(page.getByRole("heading", { name: "No event selected" })).toBeVisible();
  await expect(grid(page)).toBeVisible();
});

test("clicking a row opens its event and marks the row", async ({ page }) => {
  await openList(page, `type=${typeFilter.type}`);
  const event = (await shownEvents(page)).at(-1)!;
  const query = new URL(page.url()).search;
  const row = eventRows(page).filter({ has: page.getByRole("link", { name: event.title, exact: true }) });
  await row.getByRole("gridcell").first().click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(eventUrl(event.id) + query)}$`));
  await expect(page.getByRole("heading", { level: 2, name: event.title })).toBeVisible();
  await expect(row).toHaveAttribute("aria-selected", "true");
  // A deep link to the event in the list view marks the same row.
  await page.reload();
  await expect(eventRows(page).filter({ has: page.getByRole("link", { name: event.title, exact: true }) })).toHaveAttribute("aria-selected", "true");
});

test("the list view has no axe violations, also with the panel open and a search", async ({ page }) => {
  await openList(page);
  await expectNoViolations(page);
  const { word, event } = pickSearch();
  await page.goto(`${eventUrl(event.id)}?q=${encodeURIComponent(word)}&view=list&sort=-title`);
  await expect(grid(page).locator("mark").first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: event.title })).toBeVisible();
  await expectNoViolations(page);
});

test("on a 360×740 phone the page does not scroll sideways; the table scrolls in its own box", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openList(page);
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  const box = await grid(page).evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, overflowX: getComputedStyle(el).overflowX }));
  expect(box.overflowX).toBe("auto");
  expect(box.client).toBeLessThanOrEqual(widths.viewport);
});

test.describe("printing", () => {
  test("the list prints every row, with the event panel and without controls", async ({ page }) => {
    const event = data.events[0]!;
    await page.goto(`${eventUrl(event.id)}?view=list`);
    await expect(grid(page)).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(filterControls(page).region).toBeHidden();
    await expect(displaySwitch(page)).toBeHidden();
    await expect(page.getByRole("button", { name: "Close event details" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Copy link" })).toBeHidden();
    await expect(eventRows(page)).toHaveCount(data.events.length);
    for (const row of await eventRows(page).all()) await expect(row).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: event.title })).toBeVisible();
    // Nothing scrolls or clips on paper: not the table's box, not the panel's.
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[role="grid"], main *')].filter((el) => {
        const style = getComputedStyle(el);
        // (Visually hidden text is a 1px clipped box on purpose.)
        return el.clientWidth > 1 && el.scrollHeight > el.clientHeight + 1 && ["auto", "scroll", "hidden"].includes(style.overflowY);
      }).map((el) => el.className),
    );
    expect(clipped).toEqual([]);
    // Black on white.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");
    expect(await grid(page).getByRole("gridcell").first().evaluate((el) => getComputedStyle(el).color)).toBe("rgb(0, 0, 0)");

    await page.emulateMedia({ media: "screen" });
    await expect(filterControls(page).region).toBeVisible();
  });

  test("the timeline prints its lists in full and without the chart's buttons", async ({ page }) => {
    await page.goto("/");
    await waitForTimeline(page);
    await page.emulateMedia({ media: "print" });
    await expect(filterControls(page).region).toBeHidden();
    await expect(page.getByRole("button", { name: "Zoom in" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Show all", exact: true })).toBeHidden();
    const { list } = filterControls(page);
    await expect(list.getByRole("link")).toHaveCount(data.events.filter((e) => e.date).length);
    const box = await list.getByRole("list").evaluate((el) => ({ maxHeight: getComputedStyle(el).maxHeight, overflowY: getComputedStyle(el).overflowY }));
    expect(box).toEqual({ maxHeight: "none", overflowY: "visible" });
  });
});
