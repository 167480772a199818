import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script, without type declarations
import { addCompileHints } from "../scripts/compile-hints.mjs";

const HINT = "//# allFunctionsCalledOnLoad\n";
let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("addCompileHints", () => {
  it("puts the hint on the first line of each .js chunk once, and leaves other files alone", () => {
    dir = mkdtempSync(path.join(tmpdir(), "chunks-"));
    writeFileSync(path.join(dir, "a.js"), "(function(){return 1})();\n");
    writeFileSync(path.join(dir, "b.css"), ".a{color:red}");
    expect(addCompileHints(dir)).toBe(1);
    expect(readFileSync(path.join(dir, "a.js"), "utf8")).toBe(`${HINT}(function(){return 1})();\n`);
    expect(readFileSync(path.join(dir, "b.css"), "utf8")).toBe(".a{color:red}");
    // A second run (an export after a build) changes nothing: the output stays byte-identical.
    expect(addCompileHints(dir)).toBe(0);
    expect(readFileSync(path.join(dir, "a.js"), "utf8")).toBe(`${HINT}(function(){return 1})();\n`);
  });
});
