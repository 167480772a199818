import { describe, expect, it } from "vitest";
import { anchorPassage, MIN_SCORE } from "./anchor";
import { describePassage } from "./selectors";

const ARTICLE = [
  "Foreign ministers of the two countries met in Vienna on Tuesday to discuss the border dispute.",
  "The talks lasted six hours and ended without a joint statement, officials said.",
  "Both sides agreed to meet again in March, according to a diplomat familiar with the talks.",
  "The dispute flared last year after troops were moved closer to the river.",
  "Analysts said neither government could afford a long stand-off over the winter.",
].join("\n\n");

/** The selectors of the sentence that starts with `words`, in `text`. */
function selectorOf(text: string, words: string) {
  const start = text.indexOf(words);
  const end = text.indexOf(".", start) + 1;
  return describePassage(text, start, end);
}
const AGREED = "Both sides agreed to meet again in March";
const sentenceAt = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end);

describe("describePassage", () => {
  it("gives a TextQuoteSelector with 32 characters of context and a TextPositionSelector", () => {
    const [quote, position] = selectorOf(ARTICLE, AGREED);
    expect(quote.exact.startsWith(AGREED)).toBe(true);
    expect(quote.prefix).toHaveLength(32);
    expect(quote.prefix.endsWith("officials said.\n\n")).toBe(true);
    expect(quote.suffix.startsWith("\n\nThe dispute")).toBe(true);
    expect(ARTICLE.slice(position.start, position.end)).toBe(quote.exact);
  });

  it("has a short prefix at the start of the text and never splits a surrogate pair", () => {
    const [quote] = describePassage(ARTICLE, 0, 10);
    expect(quote.prefix).toBe("");
    const text = `${"😀".repeat(20)}Word${"😀".repeat(20)}`;
    const [emoji] = describePassage(text, 40, 44);
    expect(emoji.exact).toBe("Word");
    expect(emoji.prefix).toBe("😀".repeat(16));
    expect(emoji.suffix).toBe("😀".repeat(16));
  });
});

describe("anchorPassage", () => {
  it("finds an unchanged passage where it was", () => {
    const selector = selectorOf(ARTICLE, AGREED);
    expect(anchorPassage(selector, ARTICLE)).toEqual({ kind: "anchored", start: selector[1].start, end: selector[1].end, score: 1, method: "position" });
  });

  it("follows the passage when paragraphs are inserted before it", () => {
    const selector = selectorOf(ARTICLE, AGREED);
    const edited = `Vienna has hosted several rounds of talks on the dispute.\n\nThe first round took place in 2019.\n\n${ARTICLE}`;
    const result = anchorPassage(selector, edited);
    expect(result).toMatchObject({ kind: "anchored", method: "quote", score: 1 });
    if (result.kind === "anchored") expect(sentenceAt(edited, result)).toBe(selector[0].exact);
  });

  it("follows the passage when a paragraph is inserted right before it (one side of its context changed)", () => {
    const selector = selectorOf(ARTICLE, AGREED);
    const edited = ARTICLE.replace(AGREED, `A date for the next round was discussed.\n\n${AGREED}`);
    const result = anchorPassage(selector, edited);
    expect(result.kind).toBe("anchored");
    if (result.kind === "anchored") {
      expect(sentenceAt(edited, result)).toBe(selector[0].exact);
      expect(result.score).toBeGreaterThanOrEqual(MIN_SCORE);
    }
  });

  it("re-anchors a re-worded sentence to the re-worded sentence", () => {
    const selector = selectorOf(ARTICLE, AGREED);
    const edited = ARTICLE.replace(AGREED, "Both sides agreed to meet once more in March");
    const result = anchorPassage(selector, edited);
    expect(result).toMatchObject({ kind: "anchored", method: "fuzzy" });
    if (result.kind === "anchored") expect(sentenceAt(edited, result)).toMatch(/^Both sides agreed to meet once more in March, according to a diplomat familiar with the talks\.?$/);
  });

  it("orphans a deleted passage", () => {
    const selector = selectorOf(ARTICLE, AGREED);
    const edited = ARTICLE.replace(/Both sides agreed[^\n]*\n\n/, "");
    expect(anchorPassage(selector, edited)).toMatchObject({ kind: "orphan" });
  });

  it("does not let the same words elsewhere steal the anchor of a deleted passage", () => {
    const selector = selectorOf(ARTICLE, AGREED);
    const sentence = selector[0].exact;
    // The sentence is gone from its place, but a later paragraph quotes it word for word.
    const edited = `${ARTICLE.replace(`${sentence}\n\n`, "")}\n\nIn a separate briefing a spokesman repeated the line: ${sentence} He declined to say more.`;
    expect(edited.split(sentence)).toHaveLength(2);
    const result = anchorPassage(selector, edited);
    expect(result).toMatchObject({ kind: "orphan" });
    if (result.kind === "orphan") expect(result.bestScore!).toBeLessThan(MIN_SCORE);
  });

  it("keeps the anchor on the original when the same words also appear elsewhere", () => {
    const selector = selectorOf(ARTICLE, AGREED);
    const sentence = selector[0].exact;
    const edited = `Officials repeated it later: ${sentence} No date was set.\n\n${ARTICLE}`;
    const result = anchorPassage(selector, edited);
    expect(result.kind).toBe("anchored");
    if (result.kind === "anchored") expect(result.start).toBe(edited.lastIndexOf(sentence));
  });

  it("prefers the lightly edited original over an exact copy in another context", () => {
    const selector = selectorOf(ARTICLE, AGREED);
    const sentence = selector[0].exact;
    const edited = `${ARTICLE.replace(AGREED, "Both sides agreed to meet again in April")}\n\nEarlier reports had said: ${sentence} That was before the delay.`;
    const result = anchorPassage(selector, edited);
    expect(result).toMatchObject({ kind: "anchored", method: "fuzzy" });
    if (result.kind === "anchored") expect(sentenceAt(edited, result)).toContain("in April");
  });

  it("orphans a passage rewritten beyond recognition", () => {
    const selector = selectorOf(ARTICLE, AGREED);
    const edited = ARTICLE.replace(/Both sides agreed[^\n]*/, "No further meetings are planned, a spokesman for the ministry told reporters.");
    expect(anchorPassage(selector, edited)).toMatchObject({ kind: "orphan" });
  });

  it("orphans a passage when two places match it equally well", () => {
    // A boilerplate block repeated word for word, context included: nothing tells the copies apart.
    const block = "Stay with us for updates on this story. The envoy returned to the capital. Stay with us for updates on this story.";
    const text = `First report.\n\n${block}\n\nSecond report.\n\n${block}\n\nEnd.`;
    const start = text.indexOf("The envoy");
    const selector = describePassage(text, start, text.indexOf(".", start) + 1);
    const result = anchorPassage(selector, `A new opening paragraph.\n\n${text}`);
    expect(result).toMatchObject({ kind: "orphan" });
    if (result.kind === "orphan") expect(result.reason).toMatch(/2 places/);
  });

  it("orphans a passage whose article is empty", () => {
    expect(anchorPassage(selectorOf(ARTICLE, AGREED), "")).toMatchObject({ kind: "orphan", bestScore: null });
  });
});
