/**
 * TimelineJS itself reads the timelinejs.json that `npm run extract` wrote: Knight Lab's own script and
 * stylesheet, from node_modules (served through Playwright's router; nothing comes from a CDN, and any
 * request off this machine fails the test), in a blank page that builds a timeline from the file.
 * A second timeline is built from hostile headlines and lanes: TimelineJS must show them as text.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { escapeHtml, timelineJs, type TimelineJsFile } from "../lib/exports/timelinejs";
import { data } from "./helpers";

const DIST = path.resolve("node_modules/@knight-lab/timelinejs/dist");
const generated = path.dirname(path.resolve(process.env.EVENTS_FILE ?? path.join("data", "generated", "events.json")));
const TYPES: Record<string, string> = { ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS harness</title>
<link rel="stylesheet" href="/timelinejs-harness/css/timeline.css"></head>
<body><div id="timeline-embed" style="width: 100%; height: 600px"></div>
<script src="/timelinejs-harness/js/timeline.js"></script>
<script>
  fetch("/timelinejs-harness/data.json").then((r) => r.json()).then((data) => {
    // The script's own folder for its locale file; no web font (the default one is on Google's servers).
    const timeline = new TL.Timeline("timeline-embed", data, { script_path: "/timelinejs-harness/js/", font: null, theme: null });
    timeline.on("ready", () => { window.timelineReady = true; });
  });
</script></body></html>`;

/** The harness page, fed `file`; returns the requests that tried to leave this machine. */
async function openTimeline(page: Page, file: TimelineJsFile): Promise<string[]> {
  const offsite: string[] = [];
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "localhost" || url.hostname === "127.0.0.1") return route.fallback();
    offsite.push(url.href);
    return route.abort();
  });
  await page.route("**/timelinejs-harness/**", (route) => {
    const { pathname } = new URL(route.request().url());
    const rest = pathname.replace(/^\/timelinejs-harness\//, "");
    if (rest === "") return route.fulfill({ contentType: "text/html", body: PAGE });
    if (rest === "data.json") return route.fulfill({ contentType: "application/json", body: JSON.stringify(file) });
    const local = path.join(DIST, path.normalize(rest));
    if (!local.startsWith(DIST + path.sep)) return route.fulfill({ status: 404 });
    try {
      return route.fulfill({ contentType: TYPES[path.extname(local)] ?? "application/octet-stream", body: readFileSync(local) });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
  await page.goto("/timelinejs-harness/");
  await page.waitForFunction(() => (window as unknown as { timelineReady?: boolean }).timelineReady === true);
  return offsite;
}

test("TimelineJS reads the generated timelinejs.json: a title slide, a slide and a marker per event, no error", async ({ page }) => {
  const file = JSON.parse(readFileSync(path.join(generated, "timelinejs.json"), "utf8")) as TimelineJsFile;
  const dated = data.events.filter((e) => e.date);
  expect(file.events).toHaveLength(dated.length);
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  const offsite = await openTimeline(page, file);

  await expect(page.locator(".tl-timeline")).toBeVisible();
  await expect(page.locator(".tl-message-full")).toHaveCount(0);
  await expect(page.locator(".tl-timemarker")).toHaveCount(dated.length);
  await expect(page.locator(".tl-slide")).toHaveCount(dated.length + 1);
  await expect(page.locator(".tl-slide-titleslide")).toContainText("Diplomatic Timeline");
  // One group per lane (the event types in the whole-collection file).
  await expect(page.locator(".tl-timegroup")).toHaveCount(new Set(dated.map((e) => e.type)).size);

  // The first event's slide, reached with TimelineJS's own "next" button, shows its headline as text.
  const first = file.events.find((e) => e.unique_id === [...dated].sort((a, b) => a.date!.start.localeCompare(b.date!.start) || a.title.localeCompare(b.title))[0]!.id)!;
  await page.locator(".tl-slidenav-next").first().click();
  const firstEvent = data.events.find((e) => e.id === first.unique_id)!;
  await expect(page.locator(".tl-slide").filter({ hasText: firstEvent.title }).locator(".tl-headline").first()).toHaveText(firstEvent.title);
  expect(pageErrors).toEqual([]);
  expect(offsite).toEqual([]);
});

test("TimelineJS shows hostile headlines, passages and lanes as text", async ({ page }) => {
  const payload = `<img src=x onerror="window.pwned=1">&amp; "quoted" <script>window.pwned=2</script>`;
  const event = data.events.find((e) => e.date)!;
  const hostile = { ...event, title: `Talks ${payload}`, sources: event.sources.map((s) => ({ ...s, quote: `Said ${payload}` })) };
  const articles = new Map(data.articles.map((a) => [a.id, { ...a, title: `Paper ${payload}`, url: "javascript:window.pwned=3" }]));
  const file = timelineJs({ events: [hostile], articles, site: { url: null, title: "Diplomatic Timeline" }, laneOf: new Map([[event.id, `Lane ${payload}`]]) });
  expect(file.events[0]!.text.headline).toBe(escapeHtml(hostile.title));
  const offsite = await openTimeline(page, file);

  await page.locator(".tl-slidenav-next").first().click();
  const slide = page.locator(".tl-slide").filter({ hasText: "Talks" });
  await expect(slide.locator(".tl-headline").first()).toHaveText(hostile.title);
  await expect(slide).toContainText(`Said ${payload}`);
  await expect(slide).toContainText(`Paper ${payload}`);
  await expect(page.locator(".tl-timegroup-message").first()).toHaveText(`Lane ${payload}`);
  await expect(page.locator("#timeline-embed img[src='x'], #timeline-embed a[href^='javascript']")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(offsite).toEqual([]);
});
