import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EVENT_STATUS_LIST, EVENT_TYPE_LIST } from "@/lib/event-kinds";
import { actorKindSchema } from "@/lib/schema";
import { DISPLAYS, LANE_CHOICES, SORT_COLUMNS } from "@/lib/url-state";
import { ACTOR_KINDS, EVENT_STATUSES, EVENT_TYPES, LANES, SORTS, VIEWS, SiteConfigError, loadSiteConfig, parseSiteConfig, publicSiteConfig } from "@/lib/site-config";

/** The problems a config text gives, as printed. */
function problems(source: string): string[] {
  try {
    parseSiteConfig(source, "timeline.config.json");
    return [];
  } catch (error) {
    if (!(error instanceof SiteConfigError)) throw error;
    return error.message.split("\n");
  }
}

describe("timeline.config.json", () => {
  it("keeps its lists equal to the app's (it cannot import TypeScript)", () => {
    expect(EVENT_TYPES).toEqual(EVENT_TYPE_LIST);
    expect(EVENT_STATUSES).toEqual(EVENT_STATUS_LIST);
    expect(ACTOR_KINDS).toEqual(actorKindSchema.options);
    expect(LANES).toEqual(LANE_CHOICES);
    expect(VIEWS).toEqual(DISPLAYS);
    expect(SORTS).toEqual(SORT_COLUMNS.flatMap((c) => [c, `-${c}`]));
  });

  it("reads every key", () => {
    const config = {
      title: "Ukraine crisis",
      description: "Who said what, and when.",
      basePath: "/timeline",
      defaults: { lanes: "country", view: "list", sort: "-date", q: "talks", types: ["CONSULT"], statuses: ["occurred"], actors: ["Antony Blinken"], sources: ["voa"], from: "2021-12-01", to: "2022-01-31" },
      actors: [{ name: "Wagner Group", kind: "group", country: "RUS", aliases: ["Wagner"] }, { name: "Jane Envoy", kind: "person", country: null, role: "Special Envoy" }],
      aliases: { "Antony Blinken": ["Tony Blinken"] },
    };
    expect(parseSiteConfig(JSON.stringify(config, null, 2), "x.json").config).toEqual(config);
    expect(parseSiteConfig("{}", "x.json").config).toEqual({});
  });

  it("names the file, line and column of each mistake", () => {
    const source = ['{', '  "title": "",', '  "basePath": "timeline/",', '  "defaults": { "lanes": "countries", "types": ["CONSULT", "CALL"], "from": "2022-02-30" },', '  "colour": "red"', '}'].join("\n");
    expect(problems(source)).toEqual([
      "timeline.config.json:2:12: title: must not be empty",
      'timeline.config.json:3:15: basePath: expected a path such as "/timeline": starting with "/", no trailing "/", letters, digits, ".", "_", "~" and "-" only',
      'timeline.config.json:4:26: defaults.lanes: expected one of "none", "country", "actor", "type"',
      expect.stringMatching(/^timeline\.config\.json:4:60: defaults\.types\[1\]: expected one of "AGREE", "CONSULT", /),
      "timeline.config.json:4:77: defaults.from: expected a real day written YYYY-MM-DD",
      'timeline.config.json:5:3: unknown key "colour": expected "title", "description", "basePath", "defaults", "actors", "aliases"',
    ]);
  });

  it("says what is missing or of the wrong kind, in the file's own terms", () => {
    expect(problems('{"actors": [{"kind": "group"}], "aliases": {"Antony Blinken": "Tony"}}')).toEqual([
      "timeline.config.json:1:13: actors[0].name: required",
      'timeline.config.json:1:63: aliases["Antony Blinken"]: expected a list [...], not a string',
    ]);
    expect(problems('{"defaults": {"lane": "actor"}}')).toEqual([
      'timeline.config.json:1:15: unknown key "lane" in defaults: expected "lanes", "view", "sort", "q", "types", "statuses", "actors", "sources", "from", "to"',
    ]);
    expect(problems('{"defaults": {"from": "2022-02-01", "to": "2022-01-01"}}')).toEqual(['timeline.config.json:1:43: defaults.to: "from" is after "to"']);
  });

  it("reports JSON syntax errors once, where they are", () => {
    expect(problems('{\n  "title": "X",\n}')).toEqual(["timeline.config.json:3:1: invalid JSON: expected a key in double quotes (no trailing comma)"]);
    expect(problems('// settings\n{}')).toEqual(["timeline.config.json:1:1: invalid JSON: comments are not allowed in JSON"]);
    expect(problems("  \n")).toEqual(["timeline.config.json:1:1: the file is empty: write {} for no settings, or delete it"]);
  });

  it("is optional, unless a file is named", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "site-config-"));
    expect(loadSiteConfig({ cwd: dir, env: {} })).toMatchObject({ file: null, config: {} });
    expect(() => loadSiteConfig({ cwd: dir, env: { TIMELINE_CONFIG: "other.json" } })).toThrow("other.json:1:1: no such config file");
    writeFileSync(path.join(dir, "timeline.config.json"), '\uFEFF{"title": "Here"}');
    expect(loadSiteConfig({ cwd: dir, env: {} }).config).toEqual({ title: "Here" });
    writeFileSync(path.join(dir, "other.json"), '{"title": "There"}');
    expect(loadSiteConfig({ cwd: dir, env: { TIMELINE_CONFIG: "other.json" } }).config).toEqual({ title: "There" });
    expect(loadSiteConfig({ cwd: dir, env: { TIMELINE_CONFIG: "nope.json" }, explicit: "other.json" }).config).toEqual({ title: "There" });
  });

  it("locates keys for later checks, and gives the app only what it uses", () => {
    const { config, positionOf } = parseSiteConfig('{\n  "aliases": {\n    "Nobody": ["N"]\n  }\n}', "x.json");
    expect(positionOf(["aliases", "Nobody"])).toEqual({ line: 3, column: 15 });
    expect(publicSiteConfig({ ...config, title: "T", basePath: "/t", actors: [] })).toEqual({ title: "T", basePath: "/t" });
  });
});
