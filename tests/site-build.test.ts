import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { stepsAfterNextBuild } from "../scripts/site-build";

const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
/** The commands a package.json script runs after `next build`, as `node <script> <args>`, folders left to their defaults. */
const afterNextBuild = (script: string) => {
  const commands = script.split("&&").map((command) => command.trim());
  return commands.slice(commands.findIndex((command) => command.endsWith("next build")) + 1);
};
const asCommands = (output: "server" | "export") => stepsAfterNextBuild(output, "dir").map((step) => ["node", step.script, ...step.args].join(" "));

describe("stepsAfterNextBuild", () => {
  it("are the steps npm run build and npm run export take after next build, so the other sites are built as the real one", () => {
    expect(afterNextBuild(scripts.build!)).toEqual(asCommands("server"));
    expect(afterNextBuild(scripts.export!)).toEqual(asCommands("export"));
  });

  it("give each step the folder of the build it works on", () => {
    expect(stepsAfterNextBuild("server", ".scale/10k").map((step) => step.folder)).toEqual([".scale/10k/static/chunks", undefined]);
    expect(stepsAfterNextBuild("export", ".hostile/out").map((step) => step.folder)).toEqual([".hostile/out/_next/static/chunks", ".hostile/out"]);
  });
});
