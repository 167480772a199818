/**
 * What the hostile-input test watches on every page: a trap every payload would spring if it ran
 * (`__pwned(n)`, a dialog, a print, a retitled page, a request to another host), and a scan of the
 * DOM for anything data could have turned into markup (scripts, handlers, frames, script URLs).
 */
import { expect, type Page } from "@playwright/test";
import { THEME_SCRIPT } from "../../lib/theme";

export interface Trap {
  /** Every `__pwned(n)` call, dialog, print, off-site request or uncaught page error so far, in words. */
  sprung: string[];
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Before any page script: `__pwned` (in every frame, across navigations), dialogs, print, requests, page errors. */
export async function installTrap(page: Page): Promise<Trap> {
  const trap: Trap = { sprung: [] };
  await page.exposeFunction("__pwned", (n: unknown) => {
    trap.sprung.push(`__pwned(${String(n)}) ran on ${page.url()}`);
  });
  await page.addInitScript(() => {
    window.print = () => (window as unknown as { __pwned: (n: string) => void }).__pwned("print()");
  });
  page.on("dialog", (dialog) => {
    trap.sprung.push(`${dialog.type()} "${dialog.message()}" opened on ${page.url()}`);
    void dialog.dismiss().catch(() => {});
  });
  // Not a payload running, but data breaking the app (an actor named "constructor" once crashed the chart).
  page.on("pageerror", (error) => trap.sprung.push(`uncaught ${error.name} on ${page.url()}: ${error.message}`));
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && !LOCAL_HOSTS.has(url.hostname)) trap.sprung.push(`request to ${request.url()} from ${page.url()}`);
  });
  return trap;
}

/** Inline scripts the app itself writes: React/Next's flight data and runtime, and the theme script. */
const APP_INLINE_SCRIPTS = ["self.__next_f", "(self.__next_f", '(globalThis["TURBOPACK"]', "$RC", "$RS", "$RX", "$RB", "$RT", "$RV", THEME_SCRIPT];

/**
 * Everything on the page that data could only have put there by being parsed as HTML, or by
 * becoming a link it must not be: found problems, in words (none expected).
 * `linkHosts`: the hosts that article links may point to (besides this site).
 */
export async function scanPage(page: Page, linkHosts: readonly string[]): Promise<string[]> {
  return page.evaluate(
    ({ appScripts, hosts }) => {
      const problems: string[] = [];
      const describe = (el: Element) => `<${el.tagName.toLowerCase()}${[...el.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 60)}"`).join("")}>`;
      // Browsers drop these inside a scheme ("java\tscript:"): compare without them.
      const squash = (v: string) => v.replace(/[\u0000-\u0020\u007f-\u00a0\u200b-\u200f\u2028\u2029\ufeff]/g, "").toLowerCase();
      // The static export's own policy is the one meta http-equiv allowed (scripts/security-headers.mjs puts it in the head).
      const FORBIDDEN = "iframe, frame, frameset, object, embed, applet, base, img, video, audio, source, marquee, math, meta[http-equiv]:not(head > meta[http-equiv='Content-Security-Policy']), link[rel=import], body style, main style, form, isindex";
      for (const el of document.querySelectorAll(FORBIDDEN)) problems.push(`forbidden element ${describe(el)}`);
      for (const el of document.querySelectorAll("*")) {
        if (el instanceof HTMLUnknownElement) problems.push(`unknown element ${describe(el)}`);
        for (const { name, value } of el.attributes) {
          const lower = name.toLowerCase();
          if (lower.startsWith("on")) problems.push(`event handler attribute ${describe(el)}`);
          if (lower === "srcdoc" || lower === "formaction") problems.push(`${lower} attribute ${describe(el)}`);
          if (/^(href|src|action|data|poster|background|xlink:href|to|values|from|by)$/.test(lower) && /^(javascript|vbscript|data|livescript):/.test(squash(value))) {
            problems.push(`script URL ${describe(el)}`);
          }
          if (lower === "style" && /expression\(|javascript:|url\(/i.test(value)) problems.push(`style with script ${describe(el)}`);
        }
      }
      for (const script of document.querySelectorAll("script")) {
        const src = script.getAttribute("src");
        if (src !== null) {
          if (!src.startsWith("/_next/")) problems.push(`script from elsewhere ${describe(script)}`);
        } else if (!appScripts.some((start) => (script.textContent ?? "").trimStart().startsWith(start))) {
          problems.push(`inline script not written by the app: ${(script.textContent ?? "").slice(0, 120)}`);
        }
      }
      for (const link of document.querySelectorAll("a[href], area[href]")) {
        const url = new URL(link.getAttribute("href") ?? "", location.href);
        const fine = url.origin === location.origin || ((url.protocol === "https:" || url.protocol === "http:") && hosts.includes(url.hostname) && !url.username && !url.password);
        if (!fine) problems.push(`link to ${url.href}`);
      }
      if (/^pwned/i.test(document.title)) problems.push(`document.title is "${document.title}"`);
      return problems;
    },
    { appScripts: APP_INLINE_SCRIPTS, hosts: [...linkHosts] },
  );
}

/** The page is as the app wrote it, and nothing sprang the trap. */
export async function expectInert(page: Page, trap: Trap, linkHosts: readonly string[]) {
  expect(await scanPage(page, linkHosts), `on ${page.url()}`).toEqual([]);
  expect(trap.sprung).toEqual([]);
}
