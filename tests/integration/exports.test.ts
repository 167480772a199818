/**
 * Issue 7, "Out": the extract command writes the four exports next to events.json, made from the same
 * validated events, and each reads back with a real parser: CSV (csv-parse), iCalendar (ical.js), the
 * TimelineJS file (JSON; TimelineJS itself reads it in e2e/timelinejs.spec.ts) and PLOVER JSON Lines.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { eventsFileSchema, type EventsFile } from "../../lib/schema";
import { EXPORT_FORMATS } from "../../lib/exports";
import { extractProcess, SEEDS, temporaryFolders } from "./helpers";

const FILES = Object.values(EXPORT_FORMATS).map((f) => f.file);
const { tempDir } = temporaryFolders();

const extract = (inDir: string, out: string, env: Record<string, string> = {}) => extractProcess(["--in", inDir, "--out", out, "--quiet"], { ...process.env, SITE_URL: "", ...env });

let out: string;
let data: EventsFile;
const read = (name: string) => readFileSync(join(out, name), "utf8");

beforeAll(() => {
  out = tempDir("exports-out-");
  const run = extract(SEEDS, out, { SITE_URL: "https://timeline.example.org/" });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  data = eventsFileSchema.parse(JSON.parse(read("events.json")));
}, 60_000);

describe("the exports of the seed articles", () => {
  it("are written next to events.json", () => {
    for (const name of FILES) expect(existsSync(join(out, name)), name).toBe(true);
  });

  it("events.csv has one row per event", () => {
    const rows: Array<Record<string, string>> = parse(read("events.csv"), { bom: true, columns: true });
    expect(rows.map((r) => r.id).sort()).toEqual(data.events.map((e) => e.id).sort());
    for (const row of rows) expect(row.event_url).toBe(`https://timeline.example.org/events/${row.id}/`);
  });

  it("events.ics has one all-day VEVENT per dated event, spanning its date", () => {
    const calendar = new ICAL.Component(ICAL.parse(read("events.ics")));
    const vevents = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const dated = data.events.filter((e) => e.date);
    expect(vevents).toHaveLength(dated.length);
    for (const event of dated) {
      const vevent = vevents.find((v) => v.uid === `${event.id}@diplomatic-timeline`)!;
      expect(vevent.startDate.toString()).toBe(event.date!.start);
      const lastDay = vevent.endDate.clone();
      lastDay.adjust(-1, 0, 0, 0);
      expect(lastDay.toString()).toBe(event.date!.end);
      expect(vevent.summary).toBe(event.title);
    }
  });

  it("timelinejs.json has a title slide and a slide per dated event", () => {
    const timeline = JSON.parse(read("timelinejs.json"));
    expect(timeline.title.text.headline).toBe("Diplomatic Timeline");
    expect(timeline.events.map((e: { unique_id: string }) => e.unique_id).sort()).toEqual(data.events.filter((e) => e.date).map((e) => e.id).sort());
  });

  it("plover.jsonl has a record per dated event of a PLOVER type, its offsets slicing the article to the passage", () => {
    const records = read("plover.jsonl").trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(records.map((r) => r.id).sort()).toEqual(data.events.filter((e) => e.date && e.type !== "STATEMENT").map((e) => e.id).sort());
    const texts = new Map(data.articles.map((a) => [a.id, a.text]));
    for (const r of records) {
      expect(r).toMatchObject({ date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), event: [expect.any(String)], source: expect.any(Array) });
      expect(texts.get(r.text_info.article_id)!.slice(r.text_info.start, r.text_info.end)).toBe(r.text_info.quote);
      expect(r.cite_info.title).toBe(data.articles.find((a) => a.id === r.text_info.article_id)!.title);
    }
  });

  it("are byte-identical on a second run, and carry no link without SITE_URL", () => {
    const again = tempDir("exports-again-");
    expect(extract(SEEDS, again, { SITE_URL: "https://timeline.example.org/" }).status).toBe(0);
    for (const name of FILES) expect(readFileSync(join(again, name), "utf8"), name).toBe(read(name));
    const plain = tempDir("exports-plain-");
    expect(extract(SEEDS, plain).status).toBe(0);
    expect(readFileSync(join(plain, "events.ics"), "utf8")).not.toMatch(/^URL:/m);
  });

  it("link under the config's base path and carry its title", () => {
    const config = join(tempDir("exports-config-"), "timeline.config.json");
    writeFileSync(config, JSON.stringify({ title: "Crisis Desk, Bucharest", basePath: "/timeline" }));
    const named = tempDir("exports-named-");
    expect(extract(SEEDS, named, { SITE_URL: "https://example.org", TIMELINE_CONFIG: config }).status).toBe(0);
    const rows: Array<Record<string, string>> = parse(readFileSync(join(named, "events.csv"), "utf8"), { bom: true, columns: true });
    for (const row of rows) expect(row.event_url).toBe(`https://example.org/timeline/events/${row.id}/`);
    // X-WR-CALNAME is TEXT to the calendars that read it (Apple's, Google's); ical.js must be told so to unescape it.
    ICAL.design.defaultSet.property["x-wr-calname"] = { defaultType: "text" };
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(named, "events.ics"), "utf8")));
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Crisis Desk, Bucharest");
    expect(JSON.parse(readFileSync(join(named, "timelinejs.json"), "utf8")).title.text.headline).toBe("Crisis Desk, Bucharest");
  });

  it("are not written when the input is bad", () => {
    const bad = tempDir("exports-bad-in-");
    writeFileSync(join(bad, "broken.md"), "---\ntitle: [unclosed\n---\nText.\n");
    const target = tempDir("exports-bad-out-");
    expect(extract(bad, target).status).toBe(1);
    for (const name of FILES) expect(existsSync(join(target, name)), name).toBe(false);
  });
});
