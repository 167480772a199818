/**
 * Articles without a page of their own (the hostile site prerenders ARTICLE_PAGES of them,
 * ./dataset.ts): their addresses are answered by the article app shell, `/articles/_/`, which
 * draws the page in the browser from /data/articles/<id>.json (lib/article-pages.ts).
 * Run by two projects: `hostile` (next start: proxy.ts rewrites the addresses) and
 * `hostile-static` (the static export, served as a static host applies its `_redirects`).
 * The payloads go through that path too: nothing may run (./trap.ts).
 */
import { expect, type Page } from "@playwright/test";
import type { Article, TimelineEvent } from "../../lib/schema";
import { numberedPassages } from "../../lib/article-highlights";
import { quotingEvent } from "../../lib/article-reading";
import { ARTICLE_EVENTS_SHOWN } from "../../lib/article-pages";
import { metaText } from "../../lib/meta-text";
import { compareEvents } from "../../lib/view";
import { ARTICLE_PAGES } from "./dataset";
import { data, LINK_HOSTS, test, withPage } from "./fixtures";
import { expectInert, type Trap } from "./trap";

test.describe.configure({ mode: "parallel" });

/** The articles the shell answers for, in the events file's order. */
const shellArticles = () => data().articles.filter((a) => !withPage().articles.has(a.id));
/** The events quoting an article, chronological, as its page lists them (the first ARTICLE_EVENTS_SHOWN). */
const quoting = (article: Article) => [...data().events].sort(compareEvents).filter((e) => e.sources.some((s) => s.articleId === article.id));
/** Of the events an article's page lists, those with a passage it can place in the text. */
const placed = (article: Article) => quoting(article).slice(0, ARTICLE_EVENTS_SHOWN).filter((e) => numberedPassages(article, quotingEvent(e, article.id)).length > 0);

/** As HTML parsing and rendering leave text: line breaks normalised, whitespace runs as one space. */
const norm = (s: string) => s.replace(/\r\n?/g, "\n").replace(/\u0000/g, "\ufffd").replace(/\s+/g, " ").trim();
const articleUrl = (id: string) => `/articles/${encodeURIComponent(id)}/`;
const eventUrl = (id: string) => `/events/${encodeURIComponent(id)}/`;

async function open(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
}

/** The article's page, drawn by the shell: its heading, its list of events, its highlights linked to them. */
async function checkShellArticle(page: Page, trap: Trap, article: Article) {
  await open(page, articleUrl(article.id));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(norm(article.title) || "Untitled article");
  await expect.poll(() => page.title(), { message: article.id }).toBe(`${metaText(article.title) || "Untitled article"} · Diplomatic Timeline`);
  const events = quoting(article);
  const list = page.getByRole("region", { name: /^Events in this article/ });
  await expect(list.getByRole("heading", { level: 2 })).toHaveText(`Events in this article (${events.length})`);
  await expect(list.getByRole("heading", { level: 3 })).toHaveCount(Math.min(events.length, ARTICLE_EVENTS_SHOWN));
  for (const event of placed(article)) {
    // Each of its passages is highlighted, holds the passage's anchor and is followed by a link to the event.
    for (const passage of numberedPassages(article, quotingEvent(event, article.id))) {
      const highlight = page.locator("mark.passage", { has: page.locator(`[id="${passage.anchor}"]`) });
      await expect(highlight, passage.anchor).toContainText(norm(article.text.slice(passage.start, passage.end)).slice(0, 40));
      await expect(highlight.locator("xpath=..").locator(`a[href="${eventUrl(event.id)}"]`).first()).toBeAttached();
    }
    await expect(list.getByRole("heading", { level: 3 }).locator(`a[href="${eventUrl(event.id)}"]`)).toHaveText(norm(event.title));
  }
  await expectInert(page, trap, LINK_HOSTS);
}

test(`the site prerenders ${ARTICLE_PAGES} article pages: the shell answers for the others`, async ({ request }) => {
  // The limit binds (./dataset.ts): the prerendered event pages quote more articles than that.
  expect(data().articles.length - shellArticles().length).toBe(ARTICLE_PAGES);
  expect(shellArticles().length).toBeGreaterThan(5);
  // Some of the shell's articles are quoted, so their highlights are checked below.
  expect(shellArticles().filter((a) => placed(a).length > 0).length).toBeGreaterThan(2);
  // As built: a prerendered article's HTML has its text, the shell's says it is loading.
  const shell = new Set(shellArticles().map((a) => a.id));
  for (const article of data().articles) {
    const html = await (await request.get(articleUrl(article.id))).text();
    expect(html.includes("Loading the article…"), article.id).toBe(shell.has(article.id));
  }
});

test("an article without a page opens at its address: the shell draws its text, highlights and events", async ({ page, trap }) => {
  test.setTimeout(120_000);
  for (const article of shellArticles()) await checkShellArticle(page, trap, article);
});

test("a passage's address opens the shell's article at that passage, marked, and its link leads to the event", async ({ page, trap }) => {
  const article = shellArticles().find((a) => placed(a).length > 0)!;
  const event = placed(article).at(-1)!;
  const passage = numberedPassages(article, quotingEvent(event, article.id)).at(-1)!;
  await open(page, `${articleUrl(article.id)}#${passage.anchor}`);
  const highlight = page.locator("mark.passage", { has: page.locator(`[id="${passage.anchor}"]`) });
  await expect(highlight).toBeInViewport();
  await expect(page.locator("mark.passage[data-target]")).toHaveCount(1);
  await expect(page.locator("mark.passage[data-target]")).toContainText(norm(article.text.slice(passage.start, passage.end)).slice(0, 40));
  await expectInert(page, trap, LINK_HOSTS);
  await highlight.locator("xpath=..").locator(`a[href="${eventUrl(event.id)}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${eventUrl(event.id).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  await expect(page.locator("#event-heading")).toHaveText(norm(event.title));
  await expectInert(page, trap, LINK_HOSTS);
});

test("an event's passage link leads to its article drawn by the shell", async ({ page, trap }) => {
  // An event whose page is drawn by either way, quoting an article without a page.
  const article = shellArticles().find((a) => placed(a).length > 0)!;
  const event: TimelineEvent = placed(article)[0]!;
  await open(page, eventUrl(event.id));
  await expect(page.locator("#event-heading")).toHaveText(norm(event.title));
  const passage = numberedPassages(article, quotingEvent(event, article.id))[0]!;
  await page.locator(`a[href="${articleUrl(article.id)}#${passage.anchor}"]`).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(norm(article.title) || "Untitled article");
  await expect(page.locator("mark.passage", { has: page.locator(`[id="${passage.anchor}"]`) })).toBeInViewport();
  await expectInert(page, trap, LINK_HOSTS);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the shell's page is a 200 that says the article is loading, and nothing else", async ({ page, trap }) => {
    for (const article of shellArticles().slice(0, 8)) {
      await open(page, articleUrl(article.id));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Loading the article…");
      await expect(page.locator("mark.passage")).toHaveCount(0);
      await expectInert(page, trap, LINK_HOSTS);
    }
  });
});
