import { describe, expect, it } from "vitest";
import type { IdRegistry, TimelineEvent } from "../../lib/schema";
import { resolveId } from "../../lib/id-registry";
import { describePassage } from "../anchoring/selectors";
import { baseEventId } from "../events/to-schema";
import { linkIds, type LinkArticle } from "./link";

const WIRE = [
  "Foreign ministers of the two countries met in Vienna on Tuesday to discuss the border dispute.",
  "The talks lasted six hours and ended without a joint statement, officials said.",
  "Both sides agreed to meet again in March, according to a diplomat familiar with the talks.",
  "The dispute flared last year after troops were moved closer to the river.",
].join("\n\n");
const PAPER = "The prime minister warned on Monday that sanctions would follow any incursion.\n\nHe spoke after a cabinet meeting in the capital.";

interface Spec {
  title: string;
  date?: string | null;
  type?: TimelineEvent["type"];
  actors?: string[];
  /** [article id, words the passage starts with]: each passage is the sentence that starts so. */
  passages: Array<[string, string]>;
}

/** Events as the pipeline would make them, with the ids a first run would give. */
function eventsOf(articles: LinkArticle[], specs: Spec[]): TimelineEvent[] {
  const text = (id: string) => articles.find((a) => a.id === id)!.text;
  return specs.map((spec) => {
    const date = spec.date === undefined ? "2022-01-04" : spec.date;
    const event: TimelineEvent = {
      id: "",
      title: spec.title,
      date: date ? { value: date, start: date, end: date, precision: "day", expression: null, basis: "explicit" } : null,
      status: "occurred",
      type: spec.type ?? "CONSULT",
      actors: (spec.actors ?? ["Austria"]).map((name) => ({ name, kind: "country", country: null })),
      location: null,
      confidence: 0.5,
      sources: spec.passages.map(([articleId, words]) => {
        const start = text(articleId).indexOf(words);
        if (start < 0) throw new Error(`no "${words}" in ${articleId}`);
        const end = text(articleId).indexOf(".", start) + 1;
        return { articleId, start, end, quote: text(articleId).slice(start, end), selector: describePassage(text(articleId), start, end) };
      }),
    };
    return { ...event, id: baseEventId(event) };
  });
}

const article = (id: string, text: string): LinkArticle => ({ id, file: `${id}.txt`, text });
const ids = (events: TimelineEvent[]) => events.map((e) => e.id);
const status = (registry: IdRegistry, id: string) => registry.ids[id]?.status;

const MET: Spec = { title: "Ministers met in Vienna", passages: [["wire", "Foreign ministers"]] };
const AGREED: Spec = { title: "Both sides agreed to meet again", date: "2022-03", type: "AGREE", passages: [["wire", "Both sides agreed"]] };
const WARNED: Spec = { title: "Prime minister warned of sanctions", date: "2022-01-03", type: "THREATEN", actors: ["Germany"], passages: [["paper", "The prime minister"]] };

function firstRun(articles = [article("wire", WIRE), article("paper", PAPER)], specs = [MET, AGREED, WARNED]) {
  return linkIds(null, eventsOf(articles, specs), articles);
}

describe("linkIds", () => {
  it("gives first-run ids from date and headline, and records every one as live with its selectors", () => {
    const { events, registry, report } = firstRun();
    expect(ids(events)).toEqual(["2022-01-04-ministers-met-in-vienna", "2022-03-both-sides-agreed-to-meet-again", "2022-01-03-prime-minister-warned-of-sanctions"]);
    expect(Object.values(registry.ids).every((e) => e.status === "live")).toBe(true);
    expect(registry.ids["2022-01-04-ministers-met-in-vienna"]!.sources[0]!.selector[0]).toMatchObject({ type: "TextQuoteSelector", exact: WIRE.split("\n\n")[0] });
    expect(report).toMatchObject({ added: 3, changes: [], orphans: [] });
    expect(Object.keys(registry.ids)).toEqual([...Object.keys(registry.ids)].sort());
  });

  it("is a fixed point: the same input and its own registry give the same ids and the same registry", () => {
    const articles = [article("wire", WIRE), article("paper", PAPER)];
    const first = firstRun(articles);
    const again = linkIds(first.registry, eventsOf(articles, [MET, AGREED, WARNED]), articles);
    expect(ids(again.events)).toEqual(ids(first.events));
    expect(JSON.stringify(again.registry)).toBe(JSON.stringify(first.registry));
    expect(again.report).toMatchObject({ added: 0, changes: [], anchoring: { position: 3, quote: 0, fuzzy: 0, orphaned: 0 } });
  });

  it("follows passages that moved when text was inserted before them", () => {
    const first = firstRun();
    const wire = `Vienna has hosted several rounds of talks.\n\n${WIRE}`;
    const articles = [article("wire", wire), article("paper", PAPER)];
    const next = linkIds(first.registry, eventsOf(articles, [MET, AGREED, WARNED]), articles);
    expect(ids(next.events)).toEqual(ids(first.events));
    expect(next.report.anchoring).toMatchObject({ quote: 2, position: 1 });
    expect(next.registry.ids["2022-03-both-sides-agreed-to-meet-again"]!.sources[0]!.selector[1].start).toBe(wire.indexOf("Both sides agreed"));
  });

  it("renames: the same passage with a re-worded headline gets a new id, and the old id leads to it", () => {
    const first = firstRun();
    const wire = WIRE.replace("agreed to meet again in March", "agreed to hold another round in March");
    const articles = [article("wire", wire), article("paper", PAPER)];
    const next = linkIds(first.registry, eventsOf(articles, [MET, { ...AGREED, title: "Both sides agreed to hold another round" }, WARNED]), articles);
    const old = "2022-03-both-sides-agreed-to-meet-again";
    expect(ids(next.events)).toContain("2022-03-both-sides-agreed-to-hold-another-round");
    expect(next.registry.ids[old]).toMatchObject({ status: "renamed", successors: ["2022-03-both-sides-agreed-to-hold-another-round"], title: "Both sides agreed to meet again" });
    expect(next.registry.ids[old]!.reason).toMatch(/re-worded from “Both sides agreed to meet again” to “Both sides agreed to hold another round”/);
    expect(next.report.changes).toEqual([expect.objectContaining({ id: old, was: "live", now: "renamed" })]);
    expect(next.report.anchoring.fuzzy).toBe(1);
  });

  it("merges: two ids whose passages are now one event; the one whose headline it has keeps its id", () => {
    const first = firstRun();
    const articles = [article("wire", WIRE), article("paper", PAPER)];
    const merged: Spec = { ...MET, passages: [["wire", "Foreign ministers"], ["wire", "Both sides agreed"]] };
    const next = linkIds(first.registry, eventsOf(articles, [merged, WARNED]), articles);
    expect(ids(next.events)).toEqual(["2022-01-04-ministers-met-in-vienna", "2022-01-03-prime-minister-warned-of-sanctions"]);
    expect(next.registry.ids["2022-03-both-sides-agreed-to-meet-again"]).toMatchObject({ status: "merged", successors: ["2022-01-04-ministers-met-in-vienna"] });
  });

  it("splits: one id whose passages are now several events leads to all of them", () => {
    const articles = [article("wire", WIRE), article("paper", PAPER)];
    const talks: Spec = { title: "Ministers held talks", passages: [["wire", "Foreign ministers"], ["wire", "The talks lasted"]] };
    const first = linkIds(null, eventsOf(articles, [talks]), articles);
    const next = linkIds(first.registry, eventsOf(articles, [{ ...talks, title: "Ministers met", passages: [["wire", "Foreign ministers"]] }, { ...talks, title: "Talks ended without statement", passages: [["wire", "The talks lasted"]] }]), articles);
    expect(next.registry.ids["2022-01-04-ministers-held-talks"]).toMatchObject({ status: "split", successors: ["2022-01-04-ministers-met", "2022-01-04-talks-ended-without-statement"] });
    const resolved = resolveId(next.registry, "2022-01-04-ministers-held-talks", (id) => ids(next.events).includes(id));
    expect(resolved).toMatchObject({ kind: "split", to: ["2022-01-04-ministers-met", "2022-01-04-talks-ended-without-statement"] });
  });

  it("keeps two events that share a sentence apart: each id follows the event that agrees with it", () => {
    const articles = [article("wire", WIRE), article("paper", PAPER)];
    const meeting: Spec = { ...MET, passages: [["wire", "Foreign ministers"], ["wire", "The talks lasted"]] };
    const noStatement: Spec = { title: "No joint statement", type: "REJECT", actors: ["Hungary"], passages: [["wire", "The talks lasted"]] };
    const first = linkIds(null, eventsOf(articles, [meeting, noStatement]), articles);
    const next = linkIds(first.registry, eventsOf(articles, [noStatement, meeting]), articles);
    expect(new Set(ids(next.events))).toEqual(new Set(ids(first.events)));
    expect(next.report.changes).toEqual([]);
  });

  it("says why an id is gone: its passage was edited away, or its only article removed", () => {
    const first = firstRun();
    const wire = WIRE.replace(/Both sides agreed[^\n]*\n\n/, "");
    const articles = [article("wire", wire)];
    const next = linkIds(first.registry, eventsOf(articles, [MET]), articles);
    expect(next.registry.ids["2022-03-both-sides-agreed-to-meet-again"]).toMatchObject({ status: "gone", reason: "No article reports it any more: its passage no longer appears in the edited article wire.txt." });
    expect(next.registry.ids["2022-01-03-prime-minister-warned-of-sanctions"]).toMatchObject({ status: "gone", reason: "No article reports it any more: its only source article paper.txt was removed." });
    expect(next.report.orphans.map((o) => [o.id, o.file])).toEqual([
      ["2022-01-03-prime-minister-warned-of-sanctions", "paper.txt"],
      ["2022-03-both-sides-agreed-to-meet-again", "wire.txt"],
    ]);
    // Gone ids stay gone, and keep being reported, on the next run.
    const again = linkIds(next.registry, eventsOf(articles, [MET]), articles);
    expect(JSON.stringify(again.registry)).toBe(JSON.stringify(next.registry));
    expect(again.report.orphans).toEqual(next.report.orphans);
  });

  it("says an article that could not be read this time was not removed, and brings its ids back when it can", () => {
    const first = firstRun();
    const wireOnly = [article("wire", WIRE)];
    const next = linkIds(first.registry, eventsOf(wireOnly, [MET, AGREED]), wireOnly, new Set(["paper.txt"]));
    expect(next.registry.ids["2022-01-03-prime-minister-warned-of-sanctions"]).toMatchObject({ status: "gone", reason: "No article reports it any more: its source article paper.txt could not be read in this run (see report.json)." });
    expect(next.report.orphans[0]).toMatchObject({ articleMissing: true, reason: "its article paper.txt could not be read in this run" });
    const both = [article("wire", WIRE), article("paper", PAPER)];
    expect(ids(linkIds(next.registry, eventsOf(both, [MET, AGREED, WARNED]), both).events)).toEqual(ids(first.events));
  });

  it("says when the article still has the passage but nothing is read from it", () => {
    const first = firstRun();
    const articles = [article("wire", WIRE), article("paper", PAPER)];
    const next = linkIds(first.registry, eventsOf(articles, [MET, WARNED]), articles);
    expect(next.registry.ids["2022-03-both-sides-agreed-to-meet-again"]!.reason).toBe("No article reports it any more: wire.txt still has its passage, but no event is read from it any more.");
  });

  it("never gives a gone id to another event, and brings it back when its passage returns", () => {
    const first = firstRun();
    const gone = linkIds(first.registry, eventsOf([article("wire", WIRE)], [MET, AGREED]), [article("wire", WIRE)]);
    expect(status(gone.registry, "2022-01-03-prime-minister-warned-of-sanctions")).toBe("gone");
    // Another article reports something with the same date and headline: a different event, a new id.
    const other = "The prime minister warned of sanctions again, in a radio interview.";
    const withOther = [article("wire", WIRE), article("radio", other)];
    const next = linkIds(gone.registry, eventsOf(withOther, [MET, AGREED, { ...WARNED, passages: [["radio", "The prime minister"]] }]), withOther);
    expect(ids(next.events)).toContain("2022-01-03-prime-minister-warned-of-sanctions-2");
    expect(status(next.registry, "2022-01-03-prime-minister-warned-of-sanctions")).toBe("gone");
    // The article comes back: its event gets its id back.
    const back = [article("wire", WIRE), article("paper", PAPER), article("radio", other)];
    const revived = linkIds(next.registry, eventsOf(back, [MET, AGREED, WARNED, { ...WARNED, passages: [["radio", "The prime minister"]] }]), back);
    expect(ids(revived.events)).toEqual(expect.arrayContaining(["2022-01-03-prime-minister-warned-of-sanctions", "2022-01-03-prime-minister-warned-of-sanctions-2"]));
    expect(revived.report.changes).toEqual([expect.objectContaining({ id: "2022-01-03-prime-minister-warned-of-sanctions", was: "gone", now: "live" })]);
  });

  it("resolves an id renamed twice to the live event, in one step", () => {
    const first = firstRun();
    const step = (registry: IdRegistry, title: string) => linkIds(registry, eventsOf([article("wire", WIRE)], [MET, { ...AGREED, title }]), [article("wire", WIRE)]);
    const second = step(first.registry, "Both sides will meet again");
    const third = step(second.registry, "Both sides plan a new round");
    const live = (id: string) => ids(third.events).includes(id);
    expect(resolveId(third.registry, "2022-03-both-sides-agreed-to-meet-again", live)).toMatchObject({ kind: "moved", to: "2022-03-both-sides-plan-a-new-round" });
    expect(resolveId(third.registry, "2022-03-both-sides-will-meet-again", live)).toMatchObject({ kind: "moved", to: "2022-03-both-sides-plan-a-new-round" });
    expect(resolveId(third.registry, "never-given-out", live)).toBeNull();
  });

  it("keeps an id with the event that quotes its passage word for word when the anchor cannot place it (all the text around it changed)", () => {
    const first = firstRun();
    const sentence = WIRE.split("\n\n")[0]!;
    const wire = `Heavy snow closed roads across the region overnight.\n\n${sentence}\n\nFootball results and market prices follow below.`;
    const articles = [article("wire", wire), article("paper", PAPER)];
    const next = linkIds(first.registry, eventsOf(articles, [{ ...MET, title: "Foreign ministers held talks in Vienna" }, WARNED]), articles);
    // The anchor orphans it (its context is all new), yet the id is not gone: the event quotes it exactly.
    expect(next.report.anchoring.orphaned).toBeGreaterThan(0);
    expect(status(next.registry, "2022-01-04-ministers-met-in-vienna")).toBe("renamed");
    expect(next.registry.ids["2022-01-04-ministers-met-in-vienna"]!.successors).toEqual(["2022-01-04-foreign-ministers-held-talks-in-vienna"]);
  });
});
