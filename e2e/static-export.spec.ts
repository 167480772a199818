/** The static export (out/, from `npm run export`) served by scripts/serve-static.mjs. */
// @ts-expect-error: a plain .mjs build script, without type declarations
import { withMetaPolicy } from "../scripts/security-headers.mjs";
import { existsSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { expect, test } from "@playwright/test";
import { data, escapeRegExp, eventById, eventUrl, expectGonePage, expectNoViolations, linkedSource, panel, pickDatedEvent, pickRetired, pickSearch, pickTypeFilter, snippet, waitForTimeline } from "./helpers";

const event = pickDatedEvent();
const source = linkedSource(event);

test.beforeAll(() => {
  if (!existsSync("out/index.html")) throw new Error("out/ has no static export: run `npm run export` first");
});

test("a deep link works in the static export", async ({ page }) => {
  const response = await page.goto(eventUrl(event.id));
  expect(response?.status()).toBe(200);
  await waitForTimeline(page);
  await expect(panel(page, event).getByRole("heading", { level: 2, name: event.title })).toBeVisible();
  await expect(page.locator(".vis-item.vis-selected", { hasText: event.title }).first()).toBeVisible();
  await expect(panel(page, event)).toContainText(snippet(event.sources[0]!.quote));
});

test("an article page works in the static export and links to the event", async ({ page }) => {
  const response = await page.goto(`/articles/${encodeURIComponent(source.articleId)}/`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: source.articleTitle })).toBeVisible();
  const highlight = page.locator("mark.passage", { has: page.locator(`[id="passage-${source.start}-${source.end}"]`) });
  await expect(highlight).toContainText(snippet(source.quote));
  await highlight.locator("xpath=..").getByRole("link", { name: `Event: ${event.title}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(eventUrl(event.id))}$`));
  await expect(panel(page, event).getByRole("heading", { level: 2, name: event.title })).toBeVisible();
});

test("unknown ids are a 404 in the static export", async ({ page }) => {
  const response = await page.goto("/events/no-such-event-e2e/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await expect(page.locator("main")).toContainText("no event “no-such-event-e2e”");
});

test("search and filters in the address work in the static export", async ({ page }) => {
  const { word, event: found } = pickSearch();
  await page.goto(`${eventUrl(found.id)}?q=${encodeURIComponent(word)}&type=${found.type}`);
  await waitForTimeline(page);
  await expect(page.getByLabel("Search headlines and passages")).toHaveValue(word);
  const link = page.getByRole("region", { name: /All dated events/ }).getByRole("link", { name: new RegExp(escapeRegExp(found.title)) });
  await expect(link.locator("mark").first()).toBeVisible();
  await expect(panel(page, found).getByRole("heading", { level: 2, name: found.title })).toBeVisible();
});

test("the Download control builds the view's CSV from the export's files", async ({ page, request }) => {
  const { type, events } = pickTypeFilter();
  const shown = data.events.filter((e) => e.type === type);
  await page.goto(`/?type=${type}`);
  await waitForTimeline(page);
  await expect(page.getByRole("region", { name: /All dated events/ }).getByRole("link")).toHaveCount(events.length);
  await page.getByRole("button", { name: "Download", exact: true }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("group", { name: "Download the events shown" }).getByRole("button", { name: /^CSV/ }).click();
  const rows: Array<Record<string, string>> = parse(readFileSync((await (await downloading).path())!, "utf8"), { bom: true, columns: true });
  expect(rows.map((r) => r.id).sort()).toEqual(shown.map((e) => e.id).sort());
  expect((await request.get("/data/exports/plover.jsonl")).status()).toBe(200);
});

test.describe("ids given out once (data/id-registry.json)", () => {
  const moved = pickRetired("moved");
  const gone = pickRetired("gone");

  test("a renamed id moves on to its event: a meta refresh, a canonical link and a visible link", async ({ page, request }) => {
    // No status codes on a static host: the old address is a small page that sends the browser on.
    const response = await request.get(eventUrl(moved.id));
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${eventUrl(moved.to)}"/>`);
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${escapeRegExp(eventUrl(moved.to))}"`));

    await page.goto(eventUrl(moved.id));
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(eventUrl(moved.to))}$`));
    const successor = eventById(moved.to);
    await expect(panel(page, successor).getByRole("heading", { level: 2, name: successor.title })).toBeVisible();
  });

  test("a renamed id's page, as a browser that does not follow the refresh shows it, links to the event and is accessible", async ({ page, request }) => {
    // Take the refresh out of the HTML and out of the page's payload (which would put it back on hydration).
    const html = (await (await request.get(eventUrl(moved.id))).text()).replace(/<meta http-equiv="refresh"[^>]*>/, "").replaceAll('\\"httpEquiv\\":\\"refresh\\"', '\\"name\\":\\"x-removed-by-test\\"');
    expect(html).not.toMatch(/refresh/);
    // The edited payload script has another hash: give the page its policy again, as the export would.
    await page.route(`**${eventUrl(moved.id)}`, (route) => route.fulfill({ contentType: "text/html", body: withMetaPolicy(html) }));
    await page.goto(eventUrl(moved.id));
    const notice = page.getByRole("region", { name: "This event has a new address" });
    await expect(notice).toContainText(`“${moved.entry.title}”`);
    await waitForTimeline(page);
    await expectNoViolations(page);
    await notice.getByRole("link", { name: eventById(moved.to).title }).click();
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(eventUrl(moved.to))}$`));
  });

  test("a gone id says why, with the way back", async ({ page }) => {
    await expectGonePage(page, gone);
  });
});
