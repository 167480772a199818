/**
 * `npm run dev`'s live reload (pipeline/cli/dev.ts, pipeline/cli/watch.ts, lib/data.ts,
 * components/useDevDataReload.ts), on the session ./server.ts runs: a saved article appears on the
 * open timeline without anyone reloading it, and a broken file is reported at its place while the
 * timeline keeps the last good events.
 *
 * The events are read from the session's own events.json (what the watcher wrote), never hard-coded.
 * next dev compiles each route on its first request, slowly on a small machine: hence the long
 * timeouts, which only bound the waiting.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { eventsFileSchema, type EventsFile, type TimelineEvent } from "../../lib/schema";
import { devSession } from "./session";

const SLOW = { timeout: 180_000 };
test.setTimeout(600_000);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const readEvents = (file: string): EventsFile => eventsFileSchema.parse(JSON.parse(readFileSync(file, "utf8")));

const datedList = (page: Page) => page.getByRole("region", { name: /All dated events/ });
const eventLink = (page: Page, event: TimelineEvent) => datedList(page).getByRole("link", { name: new RegExp(escapeRegExp(event.title)) });
const chartItem = (page: Page, event: TimelineEvent) => page.locator(".vis-item.vis-box").filter({ has: page.getByText(event.title, { exact: true }) });

test("a saved article shows on the open timeline by itself; a broken one keeps the last good events", async ({ page, browser, baseURL }) => {
  const session = devSession(Number(new URL(baseURL!).port));
  const before = readEvents(session.eventsFile);
  expect(before.events.length, "the session's first article gives events").toBeGreaterThan(0);

  await page.goto("/");
  await expect(page.locator(".vis-timeline")).toBeVisible(SLOW);
  for (const event of before.events) await expect(eventLink(page, event)).toBeVisible(SLOW);

  // A foreign minister's visit, with a full date.
  writeFileSync(
    path.join(session.articles, "tallinn-visit.md"),
    [
      "---",
      "title: Finnish foreign minister visits Tallinn",
      "published: 2022-03-16",
      "source: Example Wire",
      "---",
      "Finnish Foreign Minister Pekka Haavisto visited Tallinn on March 15, 2022, and met Estonian Foreign Minister Eva-Maria Liimets to discuss energy links across the Gulf of Finland.",
      "",
    ].join("\n"),
  );
  const known = new Set(before.events.map((e) => e.id));
  await expect.poll(() => readEvents(session.eventsFile).events.filter((e) => !known.has(e.id)).length, { message: "the watcher extracts the new article", ...SLOW }).toBeGreaterThan(0);
  const after = readEvents(session.eventsFile);
  const added = after.events.filter((e) => !known.has(e.id));
  const visit = added.find((e) => e.sources.some((s) => s.articleId === "tallinn-visit"));
  expect(visit, "an event is read from the new article").toBeDefined();
  expect(visit!.date?.value).toBe("2022-03-15");

  // The open page, never reloaded by the test, shows it: in the list and on the chart.
  await expect(eventLink(page, visit!)).toBeVisible(SLOW);
  await expect(chartItem(page, visit!).first()).toBeVisible(SLOW);
  await expect(datedList(page).getByRole("heading", { name: `All dated events (${after.events.filter((e) => e.date).length})` })).toBeVisible();
  for (const event of before.events) await expect(eventLink(page, event)).toBeVisible();

  // A broken file: its front matter names a day that does not exist.
  const good = readFileSync(session.eventsFile, "utf8");
  writeFileSync(path.join(session.articles, "broken.md"), ["---", "title: A draft", "published: 2022-02-30", "---", "Draft text.", ""].join("\n"));
  // dev says where, as path:line:col, and that it keeps the last good events.
  await expect
    .poll(() => readFileSync(session.log, "utf8"), { message: "npm run dev reports the broken file", ...SLOW })
    .toMatch(/broken\.md:3:\d+: [^\n]*published[^\n]*\n(?:[^\n]*\n)*?extract: 1 problem; the last good events\.json is kept/);
  expect(readFileSync(session.eventsFile, "utf8"), "events.json is left as it was").toBe(good);

  // The open page still shows every event, and so does a page opened now.
  for (const event of after.events.filter((e) => e.date)) await expect(eventLink(page, event)).toBeVisible();
  const fresh = await browser.newPage({ baseURL });
  await fresh.goto("/");
  await expect(fresh.locator(".vis-timeline")).toBeVisible(SLOW);
  for (const event of after.events.filter((e) => e.date)) await expect(eventLink(fresh, event)).toBeVisible(SLOW);
  await fresh.close();
});
