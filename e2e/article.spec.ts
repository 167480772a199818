import { expect, test, type Page } from "@playwright/test";
import type { TimelineEvent } from "../lib/schema";
import { data, escapeRegExp, eventUrl, linkedSource, panel, pickDatedEvent, snippet } from "./helpers";

const event = pickDatedEvent();
const source = linkedSource(event);
const anchor = `passage-${source.start}-${source.end}`;
const articleUrl = (id: string) => `/articles/${encodeURIComponent(id)}/`;

/** The events that quote an article, straight from the data the app was built from. */
const eventsQuoting = (articleId: string) => data.events.filter((e) => e.sources.some((s) => s.articleId === articleId));

/** An event's passages in an article, in reading order, each once (as the side list numbers them). */
function passagesIn(e: TimelineEvent, articleId: string) {
  const ranges = e.sources.filter((s) => s.articleId === articleId && s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  return ranges.filter((s, i) => !ranges.slice(0, i).some((r) => r.start === s.start && r.end === s.end));
}

/** The article quoted by the most events, and of its events the one with the most passages there. */
function busiestArticle() {
  const article = [...data.articles].sort((a, b) => eventsQuoting(b.id).length - eventsQuoting(a.id).length)[0];
  if (!article) throw new Error("events.json has no article");
  const events = eventsQuoting(article.id);
  const richest = [...events].sort((a, b) => passagesIn(b, article.id).length - passagesIn(a, article.id).length)[0];
  if (!richest) throw new Error(`no event quotes article ${article.id}`);
  return { article, events, richest, passages: passagesIn(richest, article.id) };
}

const sideList = (page: Page) => page.getByRole("region", { name: /^Events in this article \(\d+\)$/ });
const highlightWith = (page: Page, id: string) => page.locator("mark.passage", { has: page.locator(`[id="${id}"]`) });
/** The highlight marked as the one the URL points at (outlined, see app/reader.css). */
const marked = (page: Page) => page.locator("mark.passage[data-target]");

test("a passage link leads to the highlighted passage in its article, which links back", async ({ page }) => {
  await page.goto(eventUrl(event.id));
  await panel(page, event).getByRole("link", { name: source.articleTitle }).first().click();
  await expect(page).toHaveURL(new RegExp(`/articles/${escapeRegExp(encodeURIComponent(source.articleId))}/#${anchor}$`));
  await expect(page.getByRole("heading", { level: 1, name: source.articleTitle })).toBeVisible();

  const highlight = highlightWith(page, anchor);
  await expect(highlight).toBeVisible();
  await expect(highlight).toContainText(snippet(source.quote));
  await expect(highlight).toBeInViewport();
  // The passage the link pointed at is the one marked as the target.
  await expect(marked(page)).toContainText(snippet(source.quote));

  const backLink = highlight.locator("xpath=..").getByRole("link", { name: `Event: ${event.title}`, exact: true });
  await expect(backLink).toHaveAttribute("href", eventUrl(event.id));
  await backLink.click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(eventUrl(event.id))}$`));
  await expect(panel(page, event).getByRole("heading", { level: 2, name: event.title })).toBeVisible();
});

test("an article opened at a passage's address scrolls to that passage and marks it", async ({ page }) => {
  const { article, passages } = busiestArticle();
  const last = passages.at(-1)!;
  const lastAnchor = `passage-${last.start}-${last.end}`;
  await page.goto(`${articleUrl(article.id)}#${lastAnchor}`);
  await expect(highlightWith(page, lastAnchor)).toBeInViewport();
  await expect(marked(page)).toHaveCount(1);
  await expect(marked(page)).toContainText(snippet(last.quote));
  // Without JavaScript's help too: the browser's own :target matches on a full load.
  await expect(page.locator("mark.passage:has(:target)")).toContainText(snippet(last.quote));
});

test("the side list shows every event that quotes the article, with its headline linking to the event", async ({ page }) => {
  const { article, events } = busiestArticle();
  await page.goto(articleUrl(article.id));
  const list = sideList(page);
  await expect(list.getByRole("heading", { level: 2 })).toHaveText(`Events in this article (${events.length})`);
  await expect(list.getByRole("heading", { level: 3 })).toHaveCount(events.length);
  for (const e of events) {
    const headline = list.getByRole("heading", { level: 3, name: e.title, exact: true }).getByRole("link");
    await expect(headline).toHaveAttribute("href", eventUrl(e.id));
    await expect(list.getByRole("link", { name: new RegExp(`^Passage \\d+ of ${escapeRegExp(e.title)}$`) })).toHaveCount(passagesIn(e, article.id).length);
  }
});

test("a passage link in the side list moves the hash to that passage and scrolls it into view", async ({ page }) => {
  const { article, richest, passages } = busiestArticle();
  await page.goto(articleUrl(article.id));
  // The last passage is the one furthest down: reaching it needs a scroll.
  const last = passages.at(-1)!;
  const lastAnchor = `passage-${last.start}-${last.end}`;
  await sideList(page).getByRole("link", { name: `Passage ${passages.length} of ${richest.title}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#${lastAnchor}$`));
  await expect(highlightWith(page, lastAnchor)).toBeInViewport();
  await expect(marked(page)).toContainText(snippet(last.quote));
});

test("the ¶ after a highlight links to that passage and works from the keyboard", async ({ page }) => {
  const { article, richest, passages } = busiestArticle();
  await page.goto(articleUrl(article.id));
  const first = passages[0]!;
  const permalink = page.getByRole("link", { name: `Link to passage 1 of ${richest.title}`, exact: true });
  await expect(permalink).toBeVisible();
  await expect(permalink).toHaveAttribute("href", `#passage-${first.start}-${first.end}`);
  await permalink.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`#passage-${first.start}-${first.end}$`));
  await expect(marked(page)).toContainText(snippet(first.quote));
});

test("clicking a highlighted passage opens its event", async ({ page }) => {
  await page.goto(articleUrl(source.articleId));
  const words = highlightWith(page, anchor).getByRole("link", { name: snippet(source.quote) });
  await expect(words).toHaveAttribute("href", eventUrl(event.id));
  await words.click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(eventUrl(event.id))}$`));
  await expect(panel(page, event).getByRole("heading", { level: 2, name: event.title })).toBeVisible();
});

test("pointing at an event in the side list marks its passages in the text", async ({ page }) => {
  const { article, richest, passages } = busiestArticle();
  await page.goto(articleUrl(article.id));
  const item = sideList(page).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: richest.title, exact: true }) });
  await item.getByRole("link", { name: richest.title, exact: true }).hover();
  for (const p of passages) await expect(highlightWith(page, `passage-${p.start}-${p.end}`)).toHaveAttribute("data-lit", "true");
  // Only its own: a passage no other highlight of this event shares stays unmarked.
  const others = eventsQuoting(article.id).filter((e) => e.id !== richest.id).flatMap((e) => passagesIn(e, article.id));
  const unrelated = others.find((o) => !passages.some((p) => o.start < p.end && p.start < o.end));
  if (unrelated) await expect(highlightWith(page, `passage-${unrelated.start}-${unrelated.end}`)).not.toHaveAttribute("data-lit");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("the article and its event list fit the width, without horizontal scrolling", async ({ page }) => {
    const { article, events } = busiestArticle();
    await page.goto(articleUrl(article.id));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const list = sideList(page);
    await list.scrollIntoViewIfNeeded();
    await expect(list.getByRole("heading", { level: 3 })).toHaveCount(events.length);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
});
