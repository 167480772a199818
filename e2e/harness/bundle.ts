/**
 * A test page's script: a harness under e2e/harness/ bundled with esbuild into one IIFE, which a spec
 * serves through Playwright's router (nothing test-only ships with the app). Stylesheets the harness
 * imports are left out: specs serve the built site's (and vis-timeline's) stylesheets themselves.
 */
import { expect, type Page } from "@playwright/test";

export async function bundleHarness(entry: string): Promise<string> {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "iife",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    loader: { ".css": "empty" },
    tsconfig: "tsconfig.json",
    logLevel: "error",
  });
  return result.outputFiles[0]!.text;
}

export interface HarnessPage {
  /** The harness's address on the test site ("/lists-harness/"); its script is served under it. */
  path: string;
  title: string;
  /** The harness's bundled script (bundleHarness). */
  bundle: string;
  /** `data-*` attributes of the root element the harness renders into. */
  data: Record<string, string>;
  maxWidth: string;
  /** More stylesheets, each with its address under `path` and its text. */
  styles?: Record<string, string>;
}

/**
 * Opens a harness as a page of the test site: its HTML links the built site's stylesheets (read from
 * the home page), so the harness looks as the app does, and its script and extra styles are served
 * by Playwright's router.
 */
export async function mountHarness(page: Page, harness: HarnessPage): Promise<void> {
  const home = await page.request.get("/");
  const siteStyles = [...(await home.text()).matchAll(/<link rel="stylesheet" href="([^"]+\.css)"/g)].map((m) => m[1]!);
  expect(siteStyles.length).toBeGreaterThan(0);
  const extra = Object.entries(harness.styles ?? {});
  const links = [...siteStyles, ...extra.map(([name]) => `${harness.path}${name}`)].map((href) => `<link rel="stylesheet" href="${href}">`).join("");
  const data = Object.entries(harness.data).map(([name, value]) => `data-${name}="${value}"`).join(" ");
  await page.route(`**${harness.path}`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><head><title>${harness.title}</title>${links}</head>
        <body><main class="p-4" style="max-width: ${harness.maxWidth}"><div id="root" ${data}></div></main><script src="${harness.path}bundle.js"></script></body></html>`,
    }),
  );
  await page.route(`**${harness.path}bundle.js`, (route) => route.fulfill({ contentType: "text/javascript", body: harness.bundle }));
  for (const [name, text] of extra) await page.route(`**${harness.path}${name}`, (route) => route.fulfill({ contentType: "text/css", body: text }));
  await page.goto(harness.path);
}
