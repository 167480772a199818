/**
 * The lint rule that keeps article text out of raw HTML (eslint.config.mjs) really fires: each
 * snippet is linted with the project's own config, as a file in components/ and as the audited file.
 */
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const eslint = new ESLint({ cwd: root });

async function restrictedSyntax(code: string, file = "components/Snippet.tsx"): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-syntax").map((m) => m.message);
}

describe("the raw-HTML lint rule", () => {
  it.each([
    ["dangerouslySetInnerHTML", `export const A = ({ t }: { t: string }) => <div dangerouslySetInnerHTML={{ __html: t }} />;\n`],
    ["createElement props", `import { createElement } from "react";\nexport const A = (t: string) => createElement("div", { dangerouslySetInnerHTML: { __html: t } });\n`],
    ["srcDoc", `export const A = ({ t }: { t: string }) => <iframe title="x" srcDoc={t} />;\n`],
    ["innerHTML assignment", `export function f(el: HTMLElement, t: string) { el.innerHTML = t; }\n`],
    ["innerHTML computed", `export function f(el: HTMLElement, t: string) { el["innerHTML"] = t; }\n`],
    ["outerHTML", `export function f(el: HTMLElement, t: string) { el.outerHTML = t; }\n`],
    ["insertAdjacentHTML", `export function f(el: HTMLElement, t: string) { el.insertAdjacentHTML("beforeend", t); }\n`],
    ["createContextualFragment", `export function f(r: Range, t: string) { return r.createContextualFragment(t); }\n`],
    ["document.write", `export function f(t: string) { document.write(t); }\n`],
    ["vis xss off", `export const options = { xss: { disabled: true } };\n`],
  ])("fires on %s", async (_name, code) => {
    const messages = await restrictedSyntax(code);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.join("\n")).toMatch(/lib\/trusted-html\.tsx|XSS filter/);
  });

  it("is quiet on text rendering", async () => {
    const code = `export const A = ({ t }: { t: string }) => <p title={t}>{t}</p>;\nexport function f(el: HTMLElement, t: string) { el.textContent = t; }\n`;
    expect(await restrictedSyntax(code)).toEqual([]);
  });

  it("allows raw HTML only in the audited file", async () => {
    const code = `export const S = () => <script dangerouslySetInnerHTML={{ __html: "1" }} />;\n`;
    expect(await restrictedSyntax(code, "lib/trusted-html.tsx")).toEqual([]);
    expect(await restrictedSyntax(code, "lib/elsewhere.tsx")).not.toEqual([]);
  });
});
