/**
 * Issue 7, "Command line": the extract command's summary table, its --json answer (one object on
 * stdout, nothing else, the same exit status), and the site configuration's actors and problems.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { configureGazetteer } from "../../pipeline/actors/gazetteer";
import type { ExtractJson } from "../../pipeline/cli/extract-report";
import { extractInProcess, ROOT, temporaryFolders, tsx } from "./helpers";

const { tempDir, makeFolder: folder } = temporaryFolders();
const GOOD = "Talks in Geneva\nJan 03, 2022\nTony Blinken met the Quills in Geneva on Monday to discuss Ukraine.\n";

const run = (argv: string[], env: Record<string, string | undefined> = {}) => extractInProcess(["--no-cache", ...argv], env);

afterEach(() => configureGazetteer(null));

describe("npm run extract", () => {
  it("ends with a table of what it found, on stdout; problems and warnings go to stderr", async () => {
    const dir = folder({ "a.txt": GOOD, "notes.pdf": "%PDF" });
    const { status, out, err } = await run(["--in", dir, "--out", tempDir("out-")]);
    expect(status).toBe(0);
    expect(err).toEqual(["warning: notes.pdf:1:1: not an article file type ('.pdf'), not read: articles are .txt, .md, .markdown, .html, .htm, .jsonl"]);
    const table = out.join("\n");
    for (const row of [/│ articles +│ +1 │/, /│ events +│ +\d+ │/, /│ undated events +│ +0 │/, /│ warnings +│ +1 │/]) expect(table).toMatch(row);
    expect(out.at(-1)).toMatch(/^extract: wrote .*events\.json, .*report\.json, .*events\.csv, .*events\.ics, .*timelinejs\.json, .*plover\.jsonl in \d+\.\d\ds$/);
  });

  it("answers --json with one object on stdout and nothing else, whatever happens", async () => {
    const outDir = tempDir("out-");
    const good = await run(["--in", folder({ "a.txt": GOOD }), "--out", outDir, "--json"]);
    expect([good.status, good.out.length, good.err]).toEqual([0, 1, []]);
    const ok = JSON.parse(good.out[0]!) as ExtractJson;
    expect(ok).toMatchObject({ ok: true, exitCode: 0, written: ["events.json", "report.json", "events.csv", "events.ics", "timelinejs.json", "plover.jsonl"], summary: { articles: 1, undatedEvents: 0, warnings: 0, cache: { hits: 0, misses: 1 } }, problems: [], warnings: [] });

    const bad = await run(["--in", folder({ "a.txt": GOOD, "feed.jsonl": '{"text": "ok"}\n{not json\n' }), "--out", outDir, "--json"]);
    expect([bad.status, bad.out.length, bad.err]).toEqual([1, 1, []]);
    expect(JSON.parse(bad.out[0]!)).toMatchObject({ ok: false, exitCode: 1, written: [], problems: [{ path: "feed.jsonl", line: 2, column: 2, stage: "ingest", message: expect.stringMatching(/^invalid JSON/) }] });

    const usage = await run(["--bogus", "--json"]);
    expect([usage.status, usage.out.length, usage.err]).toEqual([2, 1, []]);
    expect(JSON.parse(usage.out[0]!)).toMatchObject({ ok: false, exitCode: 2, error: "Unknown option '--bogus'" });
  });

  it("adds the config's actors and aliases, and stops at its mistakes with their line and column", async () => {
    const dir = folder({ "a.txt": GOOD });
    const config = join(folder({}), "timeline.config.json");
    writeFileSync(config, JSON.stringify({ actors: [{ name: "Quill Council", kind: "organization", aliases: ["the Quills"] }], aliases: { "Antony Blinken": ["Tony Blinken"] } }, null, 2));
    const outDir = tempDir("out-");
    expect((await run(["--in", dir, "--out", outDir, "--quiet"], { TIMELINE_CONFIG: config })).status).toBe(0);
    const actors = (JSON.parse(readFileSync(join(outDir, "events.json"), "utf8")) as { events: Array<{ actors: Array<{ name: string }> }> }).events.flatMap((e) => e.actors.map((a) => a.name));
    expect(actors).toEqual(expect.arrayContaining(["Antony Blinken", "Quill Council"]));

    writeFileSync(config, '{\n  "aliases": { "Nobody Known": ["N"] },\n  "defaults": { "lanes": "countries" }\n}\n');
    const badOut = tempDir("out-");
    const bad = await run(["--in", dir, "--out", badOut, "--config", config]);
    expect(bad.status).toBe(1);
    expect(bad.err).toEqual([`${config}:3:26: defaults.lanes: expected one of "none", "country", "actor", "type"`, "extract: the site configuration has 1 problem; nothing written"]);
    writeFileSync(config, '{\n  "aliases": { "Nobody Known": ["N"] }\n}\n');
    expect((await run(["--in", dir, "--out", badOut, "--config", config])).err[0]).toBe(`${config}:2:16: aliases: no actor is named 'Nobody Known' in the gazetteer or in "actors" (aliases are listed under an actor's full name)`);
    expect(existsSync(join(badOut, "events.json"))).toBe(false);
    // For machines, the config's path in full: an article's is from the articles folder.
    const json = await run(["--in", dir, "--out", badOut, "--config", config, "--json"]);
    expect(JSON.parse(json.out[0]!)).toMatchObject({ exitCode: 1, problems: [{ path: config, line: 2, column: 16, stage: "cli" }] });
  });

  it("answers --help on every command that takes arguments", () => {
    for (const script of ["pipeline/cli/extract.ts", "pipeline/cli/dates.ts", "pipeline/cli/adopt-ids.ts", "pipeline/cli/dev.ts", "pipeline/dates/eval-timebank.ts", "scripts/quality-report.ts"]) {
      const help = tsx([script, "--help"]);
      expect([script, help.status, help.stdout]).toEqual([script, 0, expect.stringMatching(/^Usage/)]);
    }
    for (const script of ["scripts/screenshot.mjs", "scripts/serve-static.mjs", "scripts/compare-builds.mjs"]) {
      const help = spawnSync(process.execPath, [script, "--help"], { cwd: ROOT, encoding: "utf8" });
      expect([script, help.status, help.stdout]).toEqual([script, 0, expect.stringMatching(/^Usage/)]);
    }
  });
});
