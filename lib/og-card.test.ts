import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EVENT_TYPES, type Article, type TimelineEvent } from "@/lib/schema";
import { buildEventView } from "@/lib/view";
import { toTimelineEntry } from "@/lib/timeline-entry";
import { buildEventCard, buildSiteCard, parseTypeColors } from "@/lib/og-card";

const colors = parseTypeColors(readFileSync(path.join(process.cwd(), "app", "globals.css"), "utf8"));
const latinCyrillic = (cp: number) => (cp >= 0x20 && cp <= 0x17f) || (cp >= 0x400 && cp <= 0x45f) || (cp >= 0x2013 && cp <= 0x2026);

const article = (id: string, title: string): Article => ({
  id, file: `${id}.txt`, title, source: "Wire", url: null, published: "2022-01-22", publishedBasis: "metadata", text: "Lavrov met Blinken in Geneva.",
});
const source = (articleId: string) => ({ articleId, start: 0, end: 29, quote: "Lavrov met Blinken in Geneva." });
const event = (over: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id: "e", title: "Lavrov met Blinken in Geneva", status: "occurred", type: "CONSULT", location: "Geneva", confidence: 0.8,
  actors: [{ name: "Sergei Lavrov", kind: "person", country: "RUS" }, { name: "Antony Blinken", kind: "person", country: "USA" }],
  date: { value: "2022-01-21", start: "2022-01-21", end: "2022-01-21", precision: "day", expression: "Friday", basis: "relative" },
  sources: [source("a")],
  ...over,
});
const articles = new Map(["a", "b", "c", "d", "e"].map((id) => [id, article(id, `Report ${id.toUpperCase()} on the Geneva talks`)]));
const card = (e: TimelineEvent) => buildEventCard(buildEventView(e, articles), colors, latinCyrillic);

describe("type colours", () => {
  it("are read from the stylesheet, one for every event type", () => {
    for (const type of EVENT_TYPES) expect(colors[type], type).toMatch(/^#[0-9a-f]{6}$/i);
    expect(colors.CONSULT).toBe("#2563eb");
  });
});

describe("an event's card", () => {
  it("has the headline, the date as the app shows it, the type and its colour, the actors and the sources", () => {
    const c = card(event({ sources: [source("a"), source("b"), source("a")] }));
    expect(c).toMatchObject({
      siteName: "Diplomatic Timeline",
      headline: "Lavrov met Blinken in Geneva",
      date: "21 January 2022",
      dated: true,
      type: { label: "Consult", color: "#2563eb" },
      status: null,
      actors: "Sergei Lavrov, Antony Blinken",
      sources: { heading: "Reported by 2 articles", titles: ["Report A on the Geneva talks", "Report B on the Geneva talks"], more: null },
    });
    expect(c.alt).toBe("Lavrov met Blinken in Geneva. 21 January 2022. Consult. Sergei Lavrov, Antony Blinken. Reported by 2 articles.");
  });

  it("says when the date is unresolved, and when the event is only scheduled", () => {
    const c = card(event({ date: null, status: "scheduled" }));
    expect(c).toMatchObject({ date: "Date unresolved", dated: false, status: "Scheduled", sources: { heading: "Reported by 1 article" } });
    expect(c.alt).toContain("Consult, scheduled.");
  });

  it("names the first three articles and counts the rest", () => {
    const c = card(event({ sources: ["a", "b", "c", "d", "e"].map(source) }));
    expect(c.sources).toEqual({
      heading: "Reported by 5 articles",
      titles: ["Report A on the Geneva talks", "Report B on the Geneva talks", "Report C on the Geneva talks"],
      more: "and 2 more",
    });
  });

  it("still counts an article that is not in the file", () => {
    expect(card(event({ sources: [source("a"), source("gone")] })).sources).toMatchObject({ heading: "Reported by 2 articles", titles: ["Report A on the Geneva talks", "Untitled article"] });
  });

  it("shortens a long headline at a word and uses smaller type for it", () => {
    const long = `${"Foreign ministers agreed to continue talks on security guarantees ".repeat(4)}next week`;
    const c = card(event({ title: long }));
    expect([...c.headline].length).toBeLessThanOrEqual(140);
    expect(c.headline.endsWith("…")).toBe(true);
    expect(c.headline).not.toMatch(/\s…$/);
    expect(c.headlineSize).toBeLessThan(card(event()).headlineSize);
  });

  it("lists four actors and counts the rest", () => {
    const actors = ["A", "B", "C", "D", "E", "F"].map((n) => ({ name: `Minister ${n}`, kind: "person" as const, country: null }));
    expect(card(event({ actors })).actors).toBe("Minister A, Minister B, Minister C, Minister D and 2 more");
    expect(card(event({ actors: [] })).actors).toBeNull();
  });

  it("keeps a non-Latin headline legible where the font allows, and never passes on what it cannot draw", () => {
    const c = card(event({ title: "Лавров и Блинкен 🇷🇺🇺🇸 meet; الاجتماع ends" }));
    expect(c.headline).toBe("Лавров и Блинкен meet; … ends");
    const arabic = card(event({ title: "اجتماع وزراء الخارجية" }));
    expect(arabic.headline).toBe("(headline in a script this preview cannot show)");
    for (const text of [c.headline, arabic.headline, c.alt]) {
      for (const ch of text) expect(latinCyrillic(ch.codePointAt(0)!), `U+${ch.codePointAt(0)!.toString(16)}`).toBe(true);
    }
  });
});

describe("the site card", () => {
  it("counts events and articles, spans the dated events and shares out the types", () => {
    const views = [
      event({ id: "x", type: "CONSULT" }),
      event({ id: "y", type: "CONSULT", date: { value: "2022-02", start: "2022-02-01", end: "2022-02-28", precision: "month", expression: null, basis: "explicit" } }),
      event({ id: "z", type: "THREATEN", date: null }),
    ].map((e) => toTimelineEntry(buildEventView(e, articles), (code) => code));
    const c = buildSiteCard(views, 1234, colors);
    expect(c.counts).toBe("3 events from 1,234 articles");
    expect(c.span).toBe("21 January 2022 – February 2022");
    expect(c.types).toEqual([
      { label: "Consult", color: "#2563eb", count: 2, share: 2 / 3 },
      { label: "Threaten", color: "#dc2626", count: 1, share: 1 / 3 },
    ]);
    expect(c.otherTypes).toBe(0);
    expect(c.alt).toBe("Diplomatic Timeline: 3 events from 1,234 articles, 21 January 2022 – February 2022.");
  });

  it("shows the six most frequent types (ties alphabetically) and counts the others together", () => {
    const types = ["AGREE", "CONSULT", "SUPPORT", "AID", "REJECT", "THREATEN", "PROTEST", "SANCTION"] as const;
    const entries = types.map((type, i) => toTimelineEntry(buildEventView(event({ id: `e${i}`, type }), articles), (code) => code));
    const c = buildSiteCard([...entries, entries[0]!], 9, colors);
    expect(c.types.map((t) => t.label)).toEqual(["Agree", "Aid", "Consult", "Protest", "Reject", "Sanction"]);
    expect(c.otherTypes).toBe(2);
  });

  it("gives each end of the span no more precisely than its event's date", () => {
    const year = { value: "2014", start: "2014-01-01", end: "2014-12-31", precision: "year" as const, expression: null, basis: "explicit" as const };
    const quarter = { value: "2022-Q1", start: "2022-01-01", end: "2022-03-31", precision: "quarter" as const, expression: null, basis: "explicit" as const };
    const entries = [event({ id: "a", date: year }), event({ id: "b", date: quarter })].map((e) => toTimelineEntry(buildEventView(e, articles), (code) => code));
    expect(buildSiteCard(entries, 1, colors).span).toBe("2014 – Q1 2022");
    expect(buildSiteCard([entries[0]!], 1, colors).span).toBe("2014");
  });

  it("has no span without dated events", () => {
    expect(buildSiteCard([], 0, colors)).toMatchObject({ counts: "0 events from 0 articles", span: null, types: [] });
  });
});
