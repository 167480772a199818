/**
 * The seeds, extracted by the real command into a temporary folder, must come out as a careful reader
 * would put them on a timeline. Checked by reading both articles (see README "The seed articles").
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { eventsFileSchema, type EventsFile, type TimelineEvent } from "../../lib/schema";

import { extractProcess, SEEDS, temporaryFolders } from "./helpers";

const { tempDir } = temporaryFolders();
const extract = (...args: string[]) => extractProcess(args);

let data: EventsFile;
let out: string;
const VOA = "000-de08d329854fef43";
const ANI = "001-3cd53a93471d7d8d";

beforeAll(() => {
  out = tempDir("seeds-out-");
  const run = extract("--in", SEEDS, "--out", out);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  data = eventsFileSchema.parse(JSON.parse(readFileSync(join(out, "events.json"), "utf8")));
}, 60_000); // a real process: slow on a busy machine (the default hook timeout is 10 s)

const find = (predicate: (e: TimelineEvent) => boolean) => {
  const found = data.events.filter(predicate);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const actorNames = (e: TimelineEvent) => e.actors.map((a) => a.name);
const articlesOf = (e: TimelineEvent) => [...new Set(e.sources.map((s) => s.articleId))].sort();

describe("the seed articles", () => {
  it("reads both articles' metadata: ANI dated by its header line, VOA's date inferred from ANI", () => {
    const byId = new Map(data.articles.map((a) => [a.id, a]));
    expect(byId.get(ANI)).toMatchObject({ published: "2022-01-03", publishedBasis: "text", dateline: { place: "Washington", date: "2022-01-04" } });
    expect(byId.get(ANI)!.title).toBe("Blinken discusses Ukraine buildup, collective defense with Bucharest 9 Group: State Dept");
    // VOA states no date; it calls "Monday" and "Sunday" the calls ANI places on 3 and 2 January.
    expect(byId.get(VOA)).toMatchObject({ published: "2022-01-03", publishedBasis: "inferred", source: "voanews.com" });
    expect(byId.get(VOA)!.publishedEvidence!.map((e) => [e.expression, e.date, e.articleId]).sort()).toEqual([["Monday", "2022-01-03", ANI], ["Sunday", "2022-01-02", ANI]]);
    expect(byId.get(VOA)!.title).toBe("Blinken Calls for ‘United’ NATO Stance on Russian Troop Buildup Near Ukraine");
    expect(byId.get(VOA)!.text.endsWith("Washington-Moscow relations.")).toBe(true);
  });

  it("has Blinken's call with the Bucharest Nine once, on Monday 3 January 2022, from both articles", () => {
    const call = find((e) => actorNames(e).includes("Antony Blinken") && actorNames(e).includes("Bucharest Nine"));
    expect(call).toMatchObject({ type: "CONSULT", status: "occurred", date: { value: "2022-01-03", precision: "day", basis: "relative", expression: "Monday" } });
    expect(articlesOf(call)).toEqual([VOA, ANI].sort());
    expect(call.sources.length).toBeGreaterThanOrEqual(4);
  });

  it("has Biden's call with Zelenskyy once, on Sunday 2 January 2022 ('Yesterday' in ANI), from both articles", () => {
    const call = find((e) => actorNames(e).includes("Joe Biden") && actorNames(e).includes("Volodymyr Zelenskyy"));
    expect(call).toMatchObject({ type: "CONSULT", mode: "phone", date: { value: "2022-01-02", expression: "Yesterday" } });
    expect(articlesOf(call)).toEqual([VOA, ANI].sort());
  });

  it("has the Geneva talks as scheduled for 10 January 2022", () => {
    const geneva = find((e) => e.location === "Geneva");
    expect(geneva).toMatchObject({ type: "CONSULT", status: "scheduled", date: { value: "2022-01-10", precision: "day" } });
  });

  it("has the annexation of Crimea in 2014 at year precision", () => {
    const crimea = find((e) => e.type === "COERCE");
    expect(crimea.date).toMatchObject({ value: "2014", start: "2014-01-01", end: "2014-12-31", precision: "year", basis: "explicit" });
  });

  it("dates what only VOA reports against its inferred date, and says the date is inferred", () => {
    const voaOnly = data.events.filter((e) => articlesOf(e).join() === VOA && e.date?.basis !== "explicit");
    expect(voaOnly.map((e) => [e.date?.expression, e.date?.value, e.date?.basis]).sort()).toEqual([
      ["last Thursday", "2021-12-30", "inferred"],
      ["last month", "2021-12", "inferred"],
      ["last week", "2021-W52", "inferred"],
    ]);
    const putinCall = find((e) => actorNames(e).includes("Vladimir Putin") && e.type === "CONSULT");
    expect(putinCall).toMatchObject({ mode: "phone", date: { value: "2021-12-30", reference: "2022-01-03" } });
  });

  it("puts the annexation of Crimea in the background of a 2022 story", () => {
    expect(find((e) => e.type === "COERCE").status).toBe("background");
  });

  it("does not make a deployment of 'is not considering sending U.S. troops'", () => {
    expect(data.events.some((e) => e.type === "MOBILIZE")).toBe(false);
  });

  it("quotes every passage exactly and keeps marks inside it", () => {
    const texts = new Map(data.articles.map((a) => [a.id, a.text]));
    for (const e of data.events) for (const s of e.sources) {
      expect(texts.get(s.articleId)!.slice(s.start, s.end)).toBe(s.quote);
      for (const m of s.marks ?? []) expect(m.start >= s.start && m.end <= s.end).toBe(true);
    }
  });

  it("writes byte-identical files on a second run, and a report", () => {
    const again = tempDir("seeds-again-");
    expect(extract("--in", SEEDS, "--out", again).status).toBe(0);
    for (const name of ["events.json", "report.json"]) expect(readFileSync(join(again, name), "utf8")).toBe(readFileSync(join(out, name), "utf8"));
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"));
    expect(report.summary).toMatchObject({ files: 2, articles: 2, skippedFiles: 0, events: data.events.length, articlesWithoutPublicationDate: 0 });
  });
});

describe("bad input", () => {
  it("stops with path:line:col and writes nothing; --keep-going skips and reports the bad file", () => {
    const dir = tempDir("bad-in-");
    cpSync(SEEDS, dir, { recursive: true });
    writeFileSync(join(dir, "broken.md"), "---\ntitle: [unclosed\n---\nText.\n");
    const target = tempDir("bad-out-");
    const failed = extract("--in", dir, "--out", target);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/^broken\.md:\d+:\d+: invalid front matter: /m);
    expect(() => readFileSync(join(target, "events.json"))).toThrow();

    const kept = extract("--in", dir, "--out", target, "--keep-going");
    expect(kept.status).toBe(0);
    const report = JSON.parse(readFileSync(join(target, "report.json"), "utf8"));
    expect(report.files.find((f: { file: string }) => f.file === "broken.md")).toMatchObject({ status: "skipped", articles: [] });
    expect(report.summary.articles).toBe(2);
  });

  it("answers --help and rejects unknown options", () => {
    expect(extract("--help").stdout).toMatch(/Usage: npm run extract/);
    expect(extract("--bogus").status).toBe(2);
  });
});
