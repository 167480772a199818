/**
 * AUDITED: the only file allowed to hand raw HTML or script text to the page. eslint.config.mjs
 * forbids dangerouslySetInnerHTML, innerHTML, outerHTML, insertAdjacentHTML and document.write
 * everywhere else, because article text (titles, sources, URLs, bodies) is untrusted and must only
 * ever be rendered as text.
 *
 * Rules for this file: everything it emits is a constant written in this repository, known at
 * build time. No article data, URL, query string, storage value or other input may reach it, and
 * nothing here takes a string parameter. A change here needs a security review.
 */
import { THEME_SCRIPT } from "@/lib/theme";

/**
 * The theme's head script (lib/theme.ts), run before the body is parsed so the first paint has
 * the reader's theme. Safe: a constant with no data in it (it reads one localStorage key and only
 * ever writes "light" or "dark"), and it contains no "</script" or "<!--" (tested).
 */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
