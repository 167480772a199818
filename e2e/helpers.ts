/**
 * Tests pick their events from whatever data/generated/events.json holds (the pipeline's
 * output or a fixture), so they never hard-code titles.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { eventsFileSchema, type IdRegistry, type Source, type TimelineEvent } from "../lib/schema";
import { resolveId, retiredIds, type IdResolution } from "../lib/id-registry";
import { readRegistryFile, registryFileFor } from "../lib/id-registry-file";

/** The same file the app was built from (EVENTS_FILE, as in lib/data.ts). */
const file = process.env.EVENTS_FILE ?? path.join("data", "generated", "events.json");
export const data = eventsFileSchema.parse(JSON.parse(readFileSync(path.resolve(file), "utf8")));

/** The id registry the app was built with (as lib/data.ts finds it): ids given out once and what they are now. */
const registryFile = registryFileFor(file);
export const registry: IdRegistry = readRegistryFile(registryFile) ?? { schemaVersion: 1, ids: {} };

/** The first retired id (no event has it now) that resolves this way: moved on to one event, split, or gone. */
export function pickRetired<K extends Exclude<IdResolution["kind"], "live">>(kind: K): Extract<IdResolution, { kind: K }> {
  const live = new Set(data.events.map((e) => e.id));
  for (const id of retiredIds(registry, (x) => live.has(x)).sort()) {
    const resolution = resolveId(registry, id, (x) => live.has(x));
    if (resolution?.kind === kind) return resolution as Extract<IdResolution, { kind: K }>;
  }
  throw new Error(`${registryFile} has no id that is now "${kind}": the retired-id tests need one (see docs/links.md)`);
}

/** The live event an id leads to. */
export function eventById(id: string): TimelineEvent {
  const event = data.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in events.json`);
  return event;
}

const byDate = (a: TimelineEvent, b: TimelineEvent) => (a.date?.start ?? "").localeCompare(b.date?.start ?? "");

/** The first dated event reported by two or more articles, else the first dated event. */
export function pickDatedEvent(): TimelineEvent {
  const dated = data.events.filter((e) => e.date).sort(byDate);
  const event = dated.find((e) => new Set(e.sources.map((s) => s.articleId)).size >= 2) ?? dated[0];
  if (!event) throw new Error("events.json has no dated event: the timeline tests need at least one");
  return event;
}

export function pickUndatedEvent(): TimelineEvent | undefined {
  return data.events.find((e) => !e.date);
}

/** A source whose article is in the file (so its passage links somewhere). */
export function linkedSource(event: TimelineEvent): Source & { articleTitle: string } {
  for (const s of event.sources) {
    const article = data.articles.find((a) => a.id === s.articleId);
    if (article) return { ...s, articleTitle: article.title };
  }
  throw new Error(`event ${event.id} has no source whose article is in events.json`);
}

/** The start of a quote, whitespace collapsed, cut at a word: enough to recognise the passage. */
export function snippet(quote: string, max = 60): string {
  const text = quote.replace(/\s+/g, " ").trim();
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(" ", max);
  return text.slice(0, cut > 20 ? cut : max);
}

export const eventUrl = (id: string) => `/events/${id}/`;
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Dated events, those reported by several articles first, then by date. */
export function datedEventsByInterest(): TimelineEvent[] {
  const articles = (e: TimelineEvent) => new Set(e.sources.map((s) => s.articleId)).size;
  return data.events.filter((e) => e.date).sort((a, b) => articles(b) - articles(a) || byDate(a, b));
}

/** The chart item showing exactly this event's headline. */
export function timelineItem(page: Page, event: TimelineEvent) {
  return page.locator(".vis-item.vis-box, .vis-item.vis-range").filter({ has: page.getByText(event.title, { exact: true }) });
}

/** vis-timeline keeps its root hidden until the first redraw. */
export async function waitForTimeline(page: Page) {
  await expect(page.locator(".vis-timeline")).toBeVisible();
}

/** The open detail panel: a region named by the event's headline. */
export function panel(page: Page, event: TimelineEvent) {
  return page.getByRole("region", { name: event.title, exact: true });
}

/** Dated events in the order the chart steps through them: by day, then by headline. */
export function datedInTimeOrder(): TimelineEvent[] {
  return data.events.filter((e) => e.date).sort((a, b) => a.date!.start.localeCompare(b.date!.start) || a.title.localeCompare(b.title));
}

const mentions = (e: TimelineEvent, word: string) =>
  [e.title, ...e.sources.map((s) => s.quote)].some((text) => text.toLowerCase().includes(word.toLowerCase()));

/**
 * A word of a dated event's headline that some events do not mention at all, so searching for
 * it narrows the list; with the event it comes from.
 */
export function pickSearch(): { word: string; event: TimelineEvent } {
  for (const event of datedEventsByInterest()) {
    for (const word of event.title.split(/[^\p{L}]+/u).filter((w) => w.length >= 5)) {
      if (data.events.some((e) => !mentions(e, word))) return { word, event };
    }
  }
  throw new Error("no headline word narrows the events: the search tests need one");
}

/** A type some dated events have and others do not, with the dated events of that type. */
export function pickTypeFilter(): { type: TimelineEvent["type"]; label: string; events: TimelineEvent[] } {
  const dated = data.events.filter((e) => e.date);
  for (const type of [...new Set(dated.map((e) => e.type))].sort()) {
    const events = dated.filter((e) => e.type === type);
    if (events.length < dated.length) return { type, label: type.charAt(0) + type.slice(1).toLowerCase(), events };
  }
  throw new Error("every dated event has the same type: the filter tests need two types");
}

/** The search field, the filter region and the dated list. */
export function filterControls(page: Page) {
  return {
    search: page.getByLabel("Search headlines and passages"),
    region: page.getByRole("region", { name: "Filters and search" }),
    list: page.getByRole("region", { name: /All dated events/ }),
  };
}

/** axe (WCAG 2.1 A and AA) finds nothing on the page as it is now; violations are listed by rule and element. */
export async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}

/**
 * A gone id's page, in either build: a page (200: a static host could not say 410 either) saying
 * what the event was and why it is gone, not indexed, accessible, with the way back to the timeline.
 */
export async function expectGonePage(page: Page, gone: Extract<IdResolution, { kind: "gone" }>) {
  const response = await page.goto(eventUrl(gone.id));
  expect(response?.status()).toBe(200);
  const notice = page.getByRole("region", { name: "This event is no longer in the timeline" });
  await expect(notice.getByRole("heading", { level: 2 })).toBeVisible();
  await expect(notice).toContainText(`“${gone.entry.title}”`);
  for (const reason of gone.reasons) await expect(notice).toContainText(reason);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await waitForTimeline(page);
  await expectNoViolations(page);
  await notice.getByRole("link", { name: "Back to the timeline of all events" }).click();
  await expect(page).toHaveURL(/\/$/);
}
