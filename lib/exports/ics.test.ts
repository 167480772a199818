import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { escapeText, eventsIcs, foldLine } from "./ics";
import { EVENTS, eventById, input } from "./test-fixture";

function vevents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((v) => ({ component: v, event: new ICAL.Event(v) }));
}
const octets = (line: string) => new TextEncoder().encode(line).length;

describe("eventsIcs", () => {
  const text = eventsIcs(input());
  const parsed = vevents(text);
  const byUid = new Map(parsed.map((p) => [p.event.uid, p]));

  it("has one VEVENT per dated event, with a stable UID from the event id", () => {
    const dated = EVENTS.filter((e) => e.date);
    expect(parsed).toHaveLength(dated.length);
    expect([...byUid.keys()].sort()).toEqual(dated.map((e) => `${e.id}@diplomatic-timeline`).sort());
  });

  it.each([
    ["2014-crimea", "2014-01-01", "2015-01-01"],
    ["2021-12-envoys", "2021-12-01", "2022-01-01"],
    ["2021-w52-talks", "2021-12-27", "2022-01-03"],
    ["2022-01-03-ministers-met", "2022-01-03", "2022-01-04"],
    ["2022-q1-meeting", "2022-01-01", "2022-04-01"],
  ])("spans %s as all-day dates from %s to %s (DTEND exclusive)", (id, start, end) => {
    const { event } = byUid.get(`${id}@diplomatic-timeline`)!;
    expect(event.startDate.isDate).toBe(true);
    expect(event.endDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe(start);
    expect(event.endDate.toString()).toBe(end);
  });

  it("unescapes and unfolds to the original headline and passages", () => {
    const talks = eventById("2021-w52-talks");
    const { event } = byUid.get(`${talks.id}@diplomatic-timeline`)!;
    expect(event.summary).toBe(talks.title);
    expect(event.description).toContain(`“${talks.sources[0]!.quote}”\n— Talks, "again" — a report, wire.example, 2022-01-05`);
    const envoys = byUid.get("2021-12-envoys@diplomatic-timeline")!;
    expect(envoys.event.description).toContain("Ünïcödé envoys 😀 met in Genève in December.");
    expect(envoys.event.location).toBe("Genève");
  });

  it("writes CRLF lines of at most 75 octets, folded between whole characters", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = text.split("\r\n").slice(0, -1);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    expect(text).not.toContain("\ufffd");
  });

  it("stamps each event with the day its newest article was published, never the clock", () => {
    const { component } = byUid.get("2022-01-03-ministers-met@diplomatic-timeline")!;
    expect(component.getFirstPropertyValue("dtstamp")!.toString()).toBe("2022-01-05T00:00:00Z");
    expect(eventsIcs(input())).toBe(text);
  });

  it("marks scheduled events tentative, links the event's page only when the site's address is known", () => {
    const { component } = byUid.get("2022-q1-meeting@diplomatic-timeline")!;
    expect(component.getFirstPropertyValue("status")).toBe("TENTATIVE");
    expect(component.getFirstPropertyValue("url")).toBe("https://timeline.example.org/events/2022-q1-meeting/");
    expect(eventsIcs(input(null))).not.toMatch(/^URL:/m);
  });
});

describe("escapeText and foldLine", () => {
  it("escapes what RFC 5545 TEXT reserves and drops control characters", () => {
    expect(escapeText("a\\b;c,d\r\ne\nf\rg\u0007h\ti")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng" + "h\ti");
  });

  it("folds at 75 octets, never inside a UTF-8 sequence or a surrogate pair", () => {
    const line = `DESCRIPTION:${"é😀".repeat(40)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    for (const p of physical) expect(octets(p)).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
    expect(folded).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(foldLine("SHORT:x")).toBe("SHORT:x");
  });
});
