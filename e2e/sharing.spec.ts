/**
 * Link previews: a pasted event link (or the site's) carries Open Graph and Twitter card tags,
 * and their image is a 1200×630 PNG served as such, without a redirect.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { eventUrl, pickDatedEvent } from "./helpers";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const content = (page: Page, selector: string) => page.locator(`head meta[${selector}]`).getAttribute("content");

/** The preview tags of the page, each asserted present. */
async function previewTags(page: Page) {
  const tags = {
    title: await content(page, 'property="og:title"'),
    description: await content(page, 'property="og:description"'),
    type: await content(page, 'property="og:type"'),
    image: await content(page, 'property="og:image"'),
    width: await content(page, 'property="og:image:width"'),
    height: await content(page, 'property="og:image:height"'),
    alt: await content(page, 'property="og:image:alt"'),
    card: await content(page, 'name="twitter:card"'),
    twitterImage: await content(page, 'name="twitter:image"'),
  };
  for (const [name, value] of Object.entries(tags)) expect(value, name).toBeTruthy();
  return tags as { [K in keyof typeof tags]: string };
}

/**
 * The image behind an og:image URL. The URL is absolute on the site's configured origin (SITE_URL,
 * localhost:3000 by default), which need not be this test server: ask this server for its path.
 */
async function expectCardImage(request: APIRequestContext, imageUrl: string) {
  expect(imageUrl).toMatch(/^https?:\/\//);
  const { pathname, search } = new URL(imageUrl);
  // No redirect: some link-preview crawlers do not follow one for an image.
  const response = await request.get(pathname + search, { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 1200, height: 630 });
}

test("an event's link previews with its own card", async ({ page, request }) => {
  const event = pickDatedEvent();
  await page.goto(eventUrl(event.id));
  const tags = await previewTags(page);
  expect(tags.title).toBe(event.title);
  expect(tags.description).toBe(await content(page, 'name="description"'));
  expect(tags.type).toBe("article");
  expect(new URL(tags.image).pathname).toBe(`${eventUrl(event.id)}og.png`);
  expect({ width: tags.width, height: tags.height }).toEqual({ width: "1200", height: "630" });
  expect(tags.alt).toContain(event.title.replace(/\s+/g, " ").slice(0, 40));
  expect(tags.card).toBe("summary_large_image");
  expect(tags.twitterImage).toBe(tags.image);
  expect(await content(page, 'name="twitter:title"')).toBe(event.title);
  await expectCardImage(request, tags.image);
});

test("the site's link previews with the site card", async ({ page, request }) => {
  await page.goto("/");
  const tags = await previewTags(page);
  expect(tags.title).toBe("Diplomatic Timeline");
  expect(tags.type).toBe("website");
  expect(new URL(tags.image).pathname).toBe("/og.png");
  expect({ width: tags.width, height: tags.height }).toEqual({ width: "1200", height: "630" });
  expect(tags.alt).toMatch(/^Diplomatic Timeline: \d+ events? from \d+ articles?/);
  expect(tags.card).toBe("summary_large_image");
  expect(tags.twitterImage).toBe(tags.image);
  await expectCardImage(request, tags.image);
});
