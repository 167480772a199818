import { describe, expect, it } from "vitest";
import type { Article } from "@/lib/schema";
import { buildPassage, passageAnchor } from "@/lib/passages";

const text = "First sentence here. Blinken spoke with allies on Monday about the buildup. Last sentence.";
const article: Article = { id: "a1", file: "a1.txt", title: "T", source: null, url: null, published: "2022-01-03", publishedBasis: "text", text };
const start = text.indexOf("Blinken");
const end = text.indexOf("Last") - 1;

describe("buildPassage", () => {
  it("quotes the passage with context and splits it at the event's words", () => {
    const at = (w: string) => text.indexOf(w);
    const p = buildPassage(
      { articleId: "a1", start, end, quote: text.slice(start, end), marks: [{ start: at("Monday"), end: at("Monday") + 6, kind: "date" }, { start: at("Blinken"), end: at("Blinken") + 7, kind: "actor" }] },
      article,
    );
    expect(p.anchor).toBe(passageAnchor({ start, end }));
    expect(p.before).toBe("First sentence here. ");
    expect(p.after).toBe(" Last sentence.");
    expect(p.parts.map((x) => x.text).join("")).toBe(text.slice(start, end));
    expect(p.parts.filter((x) => x.mark).map((x) => [x.text, x.mark])).toEqual([["Blinken", "actor"], ["Monday", "date"]]);
  });

  it("drops overlapping and out-of-range marks instead of guessing", () => {
    const p = buildPassage({ articleId: "a1", start, end, quote: "", marks: [{ start: start, end: start + 10, kind: "actor" }, { start: start + 5, end: start + 12, kind: "trigger" }, { start: 0, end: 5, kind: "date" }] }, article);
    expect(p.parts.filter((x) => x.mark)).toHaveLength(1);
    expect(p.parts.map((x) => x.text).join("")).toBe(text.slice(start, end));
  });

  it("shows the stored quote when the article is missing", () => {
    const p = buildPassage({ articleId: "gone", start: 0, end: 4, quote: "Gone" }, undefined);
    expect(p.articleTitle).toBeNull();
    expect(p.parts).toEqual([{ text: "Gone", mark: null }]);
  });
});

describe("links to the original page", () => {
  it("scrolls the publisher's page to the passage with a text fragment, only for web addresses", async () => {
    const { textFragmentUrl } = await import("@/lib/passages");
    expect(textFragmentUrl("https://example.org/story#top", "Blinken spoke with eastern NATO allies on Monday about the buildup, calling for unity.")).toBe(
      "https://example.org/story#:~:text=Blinken%20spoke%20with%20eastern,buildup%2C%20calling%20for%20unity.",
    );
    expect(textFragmentUrl("https://example.org/s", "Russia-Ukraine talks ended.")).toBe("https://example.org/s#:~:text=Russia%2DUkraine%20talks%20ended.");
    expect(textFragmentUrl("javascript:alert(1)", "x")).toBeNull();
    expect(textFragmentUrl(null, "x")).toBeNull();
  });
});
