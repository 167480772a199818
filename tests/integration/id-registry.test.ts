/**
 * Links that never break, end to end through the real command: extract the seeds, edit them the way
 * collections change (a sentence re-worded, a paragraph deleted, paragraphs inserted, an article
 * added and one removed), extract again with the registry, and every id given out the first time
 * still resolves: to its event, to its successor, or to a page that says why it is gone.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveId } from "../../lib/id-registry";
import { eventsFileSchema, idRegistrySchema } from "../../lib/schema";
import type { IdsReport } from "../../pipeline/registry/link";

import { extractProcess, SEEDS, temporaryFolders } from "./helpers";

const { tempDir } = temporaryFolders();

function extract(inDir: string, outDir: string, ...args: string[]) {
  const run = extractProcess(["--in", inDir, "--out", outDir, "--quiet", ...args]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return {
    data: eventsFileSchema.parse(JSON.parse(readFileSync(join(outDir, "events.json"), "utf8"))),
    registry: idRegistrySchema.parse(JSON.parse(readFileSync(join(outDir, "id-registry.json"), "utf8"))),
    report: JSON.parse(readFileSync(join(outDir, "report.json"), "utf8")) as { ids: IdsReport },
    bytes: Object.fromEntries(["events.json", "report.json", "id-registry.json"].map((name) => [name, readFileSync(join(outDir, name), "utf8")])),
  };
}
type Run = ReturnType<typeof extract>;

const ANI = "001_3cd53a93471d7d8d.txt";
const VOA = "000_de08d329854fef43.txt";
/** Edits of the ANI article; the events they touch are found by their passages, not by id. */
const REWORD = { from: "Russian and US officials are set to meet", to: "Russian and US diplomats are set to meet" };
const DELETE = "Yesterday, US President Joe Biden told";
const SHIFT = "In a White House statement";
const INSERTED = "The full statement runs to four paragraphs.\n\nIt was posted on the department's website.\n\n";

let inDir: string;
let first: Run;
let second: Run;
const articleIdOf = (run: Run, file: string) => run.data.articles.find((a) => a.file === file)!.id;
/** The first run's event with a passage in this article containing these words. */
const eventQuoting = (run: Run, file: string, words: string) => {
  const id = articleIdOf(run, file);
  const found = run.data.events.find((e) => e.sources.some((s) => s.articleId === id && s.quote.includes(words)));
  if (!found) throw new Error(`no event quotes “${words}” from ${file}`);
  return found;
};
const onlyFrom = (run: Run, file: string) => run.data.events.filter((e) => e.sources.every((s) => s.articleId === articleIdOf(run, file)));

beforeAll(() => {
  inDir = tempDir("links-in-");
  const outDir = tempDir("links-out-");
  cpSync(SEEDS, inDir, { recursive: true });
  first = extract(inDir, outDir);

  const ani = join(inDir, ANI);
  let text = readFileSync(ani, "utf8");
  for (const words of [REWORD.from, DELETE, SHIFT]) expect(text.split(words)).toHaveLength(2);
  text = text.replace(REWORD.from, REWORD.to);
  text = text.replace(new RegExp(`${DELETE}[^\n]*\n`), "");
  text = text.replace(SHIFT, `${INSERTED}${SHIFT}`);
  writeFileSync(ani, text);
  rmSync(join(inDir, VOA));
  writeFileSync(
    join(inDir, "geneva-talks.md"),
    "---\ntitle: Blinken and Lavrov meet in Geneva\npublished: 2022-01-21\nsource: Example Wire\n---\nSecretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva on Friday for talks on Ukraine.\n\nThe two sides agreed to continue talking, Blinken told reporters after the meeting.\n",
  );
  second = extract(inDir, outDir);
}, 120_000);

const isLiveIn = (run: Run) => {
  const ids = new Set(run.data.events.map((e) => e.id));
  return (id: string) => ids.has(id);
};

describe("after editing, adding and removing articles", () => {
  it("resolves every id of the first run: live, to a live successor, or gone with a reason", () => {
    const live = isLiveIn(second);
    for (const { id } of first.data.events) {
      const resolved = resolveId(second.registry, id, live);
      expect(resolved, id).not.toBeNull();
      if (resolved!.kind === "moved") expect(live(resolved!.to)).toBe(true);
      if (resolved!.kind === "split") expect(resolved!.to.every(live)).toBe(true);
      if (resolved!.kind === "gone") expect(resolved!.reasons.join(" ")).toMatch(/^No article reports it any more: .+\.$/);
    }
  });

  it("leads the re-worded event's old id to the event that quotes the re-worded sentence", () => {
    const old = eventQuoting(first, ANI, REWORD.from);
    const resolved = resolveId(second.registry, old.id, isLiveIn(second));
    expect(resolved).toMatchObject({ kind: "moved" });
    const successor = second.data.events.find((e) => e.id === (resolved as { to: string }).to)!;
    expect(successor.sources.some((s) => s.quote.includes(REWORD.to))).toBe(true);
    expect(successor.title).not.toBe(old.title);
    expect(second.registry.ids[old.id]).toMatchObject({ status: "renamed", title: old.title, successors: [successor.id] });
    expect(second.report.ids.anchoring.fuzzy).toBeGreaterThanOrEqual(1);
  });

  it("says the deleted passage's event is gone (its other article was removed too), and lists the orphans", () => {
    const gone = eventQuoting(first, ANI, DELETE);
    expect(second.registry.ids[gone.id]).toMatchObject({
      status: "gone",
      reason: `No article reports it any more: its source article ${VOA} was removed; its passage no longer appears in the edited article ${ANI}.`,
    });
    const orphans = second.report.ids.orphans.filter((o) => o.id === gone.id);
    expect(orphans.map((o) => o.file).sort()).toEqual([ANI, VOA].sort());
    expect(orphans.find((o) => o.file === ANI)).toMatchObject({ quote: gone.sources.find((s) => s.quote.includes(DELETE))!.quote, reason: expect.stringMatching(/^not found in /) });
  });

  it("says the removed article's events are gone because it was removed", () => {
    const removed = onlyFrom(first, VOA);
    expect(removed.length).toBeGreaterThan(0);
    for (const event of removed) {
      expect(second.registry.ids[event.id]).toMatchObject({ status: "gone", reason: `No article reports it any more: its only source article ${VOA} was removed.` });
    }
  });

  it("re-anchors a passage that moved (a paragraph deleted and two inserted before it) to the same words", () => {
    const moved = eventQuoting(first, ANI, SHIFT);
    const before = moved.sources.find((s) => s.quote.includes(SHIFT))!;
    const event = second.data.events.find((e) => e.id === moved.id);
    expect(event, moved.id).toBeDefined();
    const after = event!.sources.find((s) => s.quote === before.quote)!;
    expect(after.start).not.toBe(before.start);
    expect(second.registry.ids[moved.id]!.sources.map((s) => s.selector[1])).toContainEqual({ type: "TextPositionSelector", start: after.start, end: after.end });
    expect(second.report.ids.anchoring).toMatchObject({ quote: expect.any(Number), position: expect.any(Number) });
    expect(second.report.ids.anchoring.quote).toBeGreaterThanOrEqual(1);
    // Passages before the edits did not move.
    expect(second.report.ids.anchoring.position).toBeGreaterThanOrEqual(1);
  });

  it("gives the new article's event a new id, never one given out before", () => {
    const fresh = second.data.events.filter((e) => e.sources.some((s) => s.articleId === articleIdOf(second, "geneva-talks.md")));
    expect(fresh.length).toBeGreaterThan(0);
    for (const e of fresh) expect(first.registry.ids[e.id]).toBeUndefined();
    expect(second.report.ids.added).toBeGreaterThanOrEqual(fresh.length);
  });

  it("changes nothing on a third run over the same articles (the registry is a fixed point)", () => {
    const outDir = tempDir("links-again-");
    writeFileSync(join(outDir, "id-registry.json"), second.bytes["id-registry.json"]!);
    const third = extract(inDir, outDir);
    expect(third.bytes["id-registry.json"]).toBe(second.bytes["id-registry.json"]);
    expect(third.bytes["events.json"]).toBe(second.bytes["events.json"]);
    expect(third.report.ids.changes).toEqual([]);
    expect(third.report.ids.orphans).toEqual(second.report.ids.orphans);
  });

  it("brings the removed article's ids back when it returns", () => {
    const outDir = tempDir("links-back-");
    writeFileSync(join(outDir, "id-registry.json"), second.bytes["id-registry.json"]!);
    cpSync(join(SEEDS, VOA), join(inDir, VOA));
    try {
      const back = extract(inDir, outDir);
      const live = isLiveIn(back);
      for (const event of [...onlyFrom(first, VOA), eventQuoting(first, ANI, DELETE)]) expect(live(event.id), event.id).toBe(true);
    } finally {
      rmSync(join(inDir, VOA));
    }
  });
});

describe("a registry that cannot be read", () => {
  it("stops the extract with path:1:1 and writes nothing", () => {
    const outDir = tempDir("links-broken-");
    writeFileSync(join(outDir, "id-registry.json"), "{ not json");
    const run = extractProcess(["--in", SEEDS, "--out", outDir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/id-registry\.json:1:1: id registry is not valid JSON/);
    expect(() => readFileSync(join(outDir, "events.json"))).toThrow();
    expect(readFileSync(join(outDir, "id-registry.json"), "utf8")).toBe("{ not json");
  });
});

