/**
 * The Download control: the events in view (here, narrowed by a type filter) as files built in the
 * browser, read back with real parsers (csv-parse, ical.js); the control works from the keyboard;
 * the whole collection's files are the ones `npm run extract` wrote.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Download, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import ICAL from "ical.js";
import { data, filterControls, pickTypeFilter, waitForTimeline } from "./helpers";

const typeFilter = pickTypeFilter();
/** Every event of the type, dated or not: what the filtered view shows. */
const ofType = data.events.filter((e) => e.type === typeFilter.type);
const generated = path.dirname(path.resolve(process.env.EVENTS_FILE ?? path.join("data", "generated", "events.json")));

async function text(download: Download): Promise<string> {
  return readFileSync((await download.path())!, "utf8");
}

async function downloadFrom(page: Page, name: RegExp): Promise<Download> {
  const downloading = page.waitForEvent("download");
  await page.getByRole("group", { name: "Download the events shown" }).getByRole("button", { name }).click();
  return downloading;
}

async function filterByType(page: Page) {
  await page.goto("/");
  await waitForTimeline(page);
  await filterControls(page).region.getByRole("checkbox", { name: typeFilter.label }).check();
  await expect(page.getByRole("status").filter({ hasText: `${ofType.length} of ${data.events.length} events` })).toBeVisible();
}

test("downloads the events shown as CSV, one row per event shown", async ({ page }) => {
  await filterByType(page);
  await page.getByRole("button", { name: "Download", exact: true }).click();
  const download = await downloadFrom(page, /^CSV/);
  expect(download.suggestedFilename()).toBe("events.csv");
  const rows: Array<Record<string, string>> = parse(await text(download), { bom: true, columns: true });
  expect(rows).toHaveLength(ofType.length);
  expect(rows.map((r) => r.id).sort()).toEqual(ofType.map((e) => e.id).sort());
  const first = ofType[0]!;
  const row = rows.find((r) => r.id === first.id)!;
  expect(row.title).toBe(first.title);
  expect(row.type).toBe(typeFilter.type);
  // The passages come whole from the event shards (every quote, not a blank).
  for (const source of first.sources) expect(row.source_passages).toContain(source.quote.trim().slice(0, 40));
  // The site knows its own address: each row links its event's page.
  expect(row.event_url).toBe(new URL(`/events/${first.id}/`, page.url()).href);
  await expect(page.getByRole("group", { name: "Download the events shown" }).getByRole("status")).toContainText("events.csv");
});

test("downloads the dated events shown as an iCalendar file", async ({ page }) => {
  await filterByType(page);
  await page.getByRole("button", { name: "Download", exact: true }).click();
  const download = await downloadFrom(page, /^Calendar/);
  const calendar = new ICAL.Component(ICAL.parse(await text(download)));
  const uids = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v).uid);
  expect(uids.sort()).toEqual(typeFilter.events.map((e) => `${e.id}@diplomatic-timeline`).sort());
});

test("opens from the keyboard, reaches its buttons by Tab, and Escape closes it back to its button", async ({ page }) => {
  await page.goto("/");
  await waitForTimeline(page);
  const toggle = page.getByRole("button", { name: "Download", exact: true });
  const panel = page.getByRole("group", { name: "Download the events shown" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(panel).toBeHidden();
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(`The ${data.events.length} events shown`);
  await page.keyboard.press("Tab");
  await expect(panel.getByRole("button", { name: /^CSV/ })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
});

test("serves the whole collection's files as npm run extract wrote them", async ({ request }) => {
  for (const [file, type] of [["events.csv", "text/csv"], ["events.ics", "text/calendar"], ["timelinejs.json", "application/json"], ["plover.jsonl", "application/jsonl"]] as const) {
    const response = await request.get(`/data/exports/${file}`);
    expect(response.status(), file).toBe(200);
    expect(response.headers()["content-type"], file).toContain(type);
    expect(await response.text(), file).toBe(readFileSync(path.join(generated, file), "utf8"));
  }
});

test("downloads TimelineJS with the chart's lanes as groups, and PLOVER records whose offsets slice the articles", async ({ page }) => {
  await page.goto("/?lanes=country");
  await waitForTimeline(page);
  // A lane's label is its name, then its count in a span of its own.
  const laneNames = await page.locator(".vis-labelset .vis-label .tl-lane").evaluateAll((lanes) => lanes.map((lane) => lane.firstChild?.textContent ?? ""));
  expect(laneNames.length).toBeGreaterThan(1);
  await page.getByRole("button", { name: "Download", exact: true }).click();
  const timeline = JSON.parse(await text(await downloadFrom(page, /^TimelineJS/)));
  expect(timeline.events).toHaveLength(data.events.filter((e) => e.date).length);
  for (const slide of timeline.events) expect(laneNames).toContain(slide.group);

  const records = (await text(await downloadFrom(page, /^PLOVER/))).trimEnd().split("\n").map((line) => JSON.parse(line));
  expect(records.map((r) => r.id).sort()).toEqual(data.events.filter((e) => e.date && e.type !== "STATEMENT").map((e) => e.id).sort());
  const texts = new Map(data.articles.map((a) => [a.id, a.text]));
  for (const r of records) expect(texts.get(r.text_info.article_id)!.slice(r.text_info.start, r.text_info.end)).toBe(r.text_info.quote);
});
