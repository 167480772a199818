/**
 * Addresses naming an event or article that does not exist, on a site with app shells (the hostile
 * site prerenders only some pages, ./dataset.ts). Run by two projects:
 * - `hostile` (`next start`): proxy.ts rewrites only the ids the build listed to a shell, so an
 *   unknown id gets the 404 page with status 404, as on a site where every event has its page;
 * - `hostile-static` (the export on a static host): the host's `_redirects` rule sends every address
 *   to the shell with a 200, as it cannot know the ids, and the shell says nothing has that id.
 * The shells' own addresses (`/events/_/`, `/articles/_/`) are shells everywhere, and say the same.
 */
import { expect, type Page } from "@playwright/test";
import { data, LINK_HOSTS, test, withPage } from "./fixtures";
import { expectInert, type Trap } from "./trap";

const UNKNOWN = "no-such-id-anywhere";
const EVENT_MISSING = { level: 2, name: "Event not found" };
const ARTICLE_MISSING = { level: 1, name: "Article not found" };
const onStaticHost = () => test.info().project.name === "hostile-static";

/** The shell's answer: a 200 whose heading (the event panel's h2, the article page's h1) says nothing has the id. */
async function expectShellSays(page: Page, trap: Trap, path: string, heading: { level: number; name: string }) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole("heading", { ...heading, exact: true })).toBeVisible();
  await expectInert(page, trap, LINK_HOSTS);
}

async function expectNotFoundPage(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
}

test("the site has app shells, and no event or article with the unknown id", () => {
  expect(data().events.some((e) => !withPage().events.has(e.id))).toBe(true);
  expect(data().articles.some((a) => !withPage().articles.has(a.id))).toBe(true);
  expect(data().events.map((e) => e.id)).not.toContain(UNKNOWN);
  expect(data().articles.map((a) => a.id)).not.toContain(UNKNOWN);
});

test("an event id no event has", async ({ page, trap }) => {
  if (onStaticHost()) await expectShellSays(page, trap, `/events/${UNKNOWN}/`, EVENT_MISSING);
  else await expectNotFoundPage(page, `/events/${UNKNOWN}/`);
  await expectShellSays(page, trap, "/events/_/", EVENT_MISSING);
});

test("an article id no article has", async ({ page, trap }) => {
  if (onStaticHost()) await expectShellSays(page, trap, `/articles/${UNKNOWN}/`, ARTICLE_MISSING);
  else await expectNotFoundPage(page, `/articles/${UNKNOWN}/`);
  await expectShellSays(page, trap, "/articles/_/", ARTICLE_MISSING);
});
