import { expect, test, type Page } from "@playwright/test";
import { eventUrl, expectNoViolations, panel, pickDatedEvent, waitForTimeline } from "./helpers";

const event = pickDatedEvent();
const articleId = event.sources[0]!.articleId;


/**
 * Relative luminance (0 black … 1 white) of the body's background as drawn. Computed colours may
 * come back as oklch()/lab() strings: a canvas turns any CSS colour into sRGB pixels.
 */
function bodyLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const context = canvas.getContext("2d")!;
    context.fillStyle = getComputedStyle(document.body).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data;
    const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  });
}

async function expectDark(page: Page) {
  await expect.poll(() => bodyLuminance(page)).toBeLessThan(0.05);
  await expect(page.locator("html")).toHaveCSS("color-scheme", "dark");
}

async function expectLight(page: Page) {
  await expect.poll(() => bodyLuminance(page)).toBeGreaterThan(0.8);
  await expect(page.locator("html")).toHaveCSS("color-scheme", "light");
}

const toggle = (page: Page) => page.getByRole("group", { name: "Colour theme" });
const choice = (page: Page, name: "System" | "Light" | "Dark") => toggle(page).getByRole("button", { name, exact: true });

test.describe("in dark mode, no axe violations", () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
  });

  test("on the timeline page", async ({ page }) => {
    await page.goto("/");
    await waitForTimeline(page);
    await expectDark(page);
    await expectNoViolations(page);
  });

  test("on an event page, its panel open", async ({ page }) => {
    await page.goto(eventUrl(event.id));
    await waitForTimeline(page);
    await expect(panel(page, event)).toBeVisible();
    await expectDark(page);
    await expectNoViolations(page);
  });

  test("on an article page", async ({ page }) => {
    await page.goto(`/articles/${encodeURIComponent(articleId)}/`);
    await expectDark(page);
    await expectNoViolations(page);
  });

  test("on the 404 page", async ({ page }) => {
    await page.goto("/events/no-such-event-e2e/");
    await expectDark(page);
    await expectNoViolations(page);
  });
});

test("the system's scheme decides by default", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expectDark(page);
  await expect(choice(page, "System")).toHaveAttribute("aria-pressed", "true");
  await page.emulateMedia({ colorScheme: "light" });
  await expectLight(page);
});

test("choosing Light overrides a dark system and survives a reload; System follows it again", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expectDark(page);

  await choice(page, "Light").click();
  await expect(choice(page, "Light")).toHaveAttribute("aria-pressed", "true");
  await expect(choice(page, "System")).toHaveAttribute("aria-pressed", "false");
  await expectLight(page);

  await page.reload();
  await expectLight(page);
  await expect(choice(page, "Light")).toHaveAttribute("aria-pressed", "true");

  await choice(page, "System").click();
  await expect(choice(page, "System")).toHaveAttribute("aria-pressed", "true");
  await expectDark(page);
  await page.emulateMedia({ colorScheme: "light" });
  await expectLight(page);

  await page.reload();
  await expectLight(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectDark(page);
});

test("choosing Dark overrides a light system on every page kind", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await choice(page, "Dark").click();
  await expectDark(page);
  for (const url of [eventUrl(event.id), `/articles/${encodeURIComponent(articleId)}/`, "/events/no-such-event-e2e/"]) {
    await page.goto(url);
    await expectDark(page);
    await expect(choice(page, "Dark")).toHaveAttribute("aria-pressed", "true");
  }
});

test("the toggle is a named group of buttons reached and used with the keyboard", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await expect(toggle(page)).toBeVisible();
  const dark = choice(page, "Dark");
  const isFocused = () => dark.evaluate((el) => el === document.activeElement);
  // Skip link, site title, then the toggle: a handful of Tabs from the top of the page.
  for (let i = 0; i < 8 && !(await isFocused()); i++) await page.keyboard.press("Tab");
  await expect(dark).toBeFocused();
  await page.keyboard.press("Enter");
  await expectDark(page);
  await page.keyboard.press("Shift+Tab");
  await expect(choice(page, "Light")).toBeFocused();
  await page.keyboard.press("Space");
  await expectLight(page);
});

test("a stored choice is applied by the head script, before the app's JavaScript runs, with no hydration error", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await page.evaluate(() => localStorage.setItem("theme", "dark"));

  // Without the app's scripts only the inline head script can apply the choice.
  await page.route("**/_next/static/chunks/**/*.js", (route) => route.abort());
  await page.goto(eventUrl(event.id));
  await expectDark(page);

  await page.unroute("**/_next/static/chunks/**/*.js");
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(eventUrl(event.id));
  await waitForTimeline(page);
  await expectDark(page);
  await expect(choice(page, "Dark")).toHaveAttribute("aria-pressed", "true");
  expect(errors).toEqual([]);
});

test("without JavaScript the page still follows a dark system", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto(`/articles/${encodeURIComponent(articleId)}/`);
  await expectDark(page);
  await context.close();
});
