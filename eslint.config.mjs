import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * Article text is untrusted: it is rendered as text (React children, textContent), never as HTML.
 * Everything that turns a string into markup or script is forbidden everywhere but the one
 * audited file, lib/trusted-html.tsx (constants only). Reading is forbidden too: one simple rule
 * leaves nothing to argue about in review.
 */
const RAW_HTML = "turns a string into HTML, and article text must only be rendered as text (React children, textContent). The one audited exception is lib/trusted-html.tsx.";
const AUDITED_HTML_FILE = "lib/trusted-html.tsx";
const rawHtmlRules = {
  "no-restricted-syntax": ["error",
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: `dangerouslySetInnerHTML ${RAW_HTML}` },
    { selector: "Property[key.name='dangerouslySetInnerHTML']", message: `dangerouslySetInnerHTML ${RAW_HTML}` },
    { selector: "JSXAttribute[name.name=/^srcdoc$/i]", message: `srcdoc ${RAW_HTML}` },
    { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: `innerHTML/outerHTML ${RAW_HTML}` },
    { selector: "MemberExpression[computed=true][property.value=/^(innerHTML|outerHTML)$/]", message: `innerHTML/outerHTML ${RAW_HTML}` },
    { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe|createContextualFragment)$/]", message: `This call ${RAW_HTML}` },
    { selector: "CallExpression[callee.object.name='Document'][callee.property.name='parseHTMLUnsafe']", message: `Document.parseHTMLUnsafe ${RAW_HTML}` },
    { selector: "MemberExpression[object.name='document'][property.name=/^(write|writeln)$/]", message: `document.write ${RAW_HTML}` },
    // vis-timeline filters HTML strings with its own XSS filter (items are DOM nodes anyway): it stays on.
    { selector: "Property[key.name='xss'] > ObjectExpression > Property[key.name='disabled'][value.value=true]", message: "vis-timeline's XSS filter must stay on (items are built as DOM nodes, never HTML strings)." },
  ],
  "no-eval": "error",
  "no-implied-eval": "error",
  "no-new-func": "error",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  { files: ["**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}"], rules: rawHtmlRules },
  { files: [AUDITED_HTML_FILE], rules: { "no-restricted-syntax": "off" } },
  {
    // The pipeline runs at build time in Node: it must never pull in the UI stack.
    files: ["pipeline/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["react", "react-dom", "react/*", "next", "next/*"], message: "pipeline/ is build-time only: no React or Next." },
          { group: ["@/components/*", "../components/*", "../../components/*"], message: "pipeline/ must not import UI components." },
        ],
      }],
    },
  },
  {
    // Components render data they are given; reading files belongs to lib/ and app/.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: [
          { name: "fs", message: "components/ never touch the filesystem." },
          { name: "node:fs", message: "components/ never touch the filesystem." },
          { name: "fs/promises", message: "components/ never touch the filesystem." },
          { name: "node:fs/promises", message: "components/ never touch the filesystem." },
        ],
        patterns: [{ group: ["@/pipeline/*", "../pipeline/*"], message: "components/ must not import the build-time pipeline." }],
      }],
    },
  },
  globalIgnores([".next/**", ".next-export/**", "out/**", "build/**", "next-env.d.ts", "data/generated/**", "test-results/**", "playwright-report/**", ".hostile/**", ".scale/**", ".base-path/**", ".dev-e2e/**"]),
]);
