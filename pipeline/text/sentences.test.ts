import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

describe("sentences", () => {
  it("gives exact offsets", () => {
    const text = "Talks began. They ended on Friday!\nA new paragraph.";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(["Talks began.", "They ended on Friday!", "A new paragraph."]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it("does not end a sentence at U.S. before a title or a name", () => {
    const text = "In a call, U.S. President Joe Biden spoke. The U.S. Secretary of State agreed.";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["In a call, U.S. President Joe Biden spoke.", "The U.S. Secretary of State agreed."]);
  });

  it("still ends a sentence at U.S. when the next one opens normally", () => {
    const text = "Sanctions were imposed by the U.S. The move angered Moscow.";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["Sanctions were imposed by the U.S.", "The move angered Moscow."]);
  });

  it("ends a sentence after a number, which sentence-splitter takes for a list index", () => {
    const text = "They meet on January 10. Moscow annexed Crimea in 2014. Talks end on May 3, 2022. Article 5 applies.\n1. A list item stays whole.";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["They meet on January 10.", "Moscow annexed Crimea in 2014.", "Talks end on May 3, 2022.", "Article 5 applies.", "1. A list item stays whole."]);
  });
});

describe("paragraphs", () => {
  it("never lets a sentence cross a paragraph, even after a quotation", () => {
    const text = 'Observers said the vote had been "secret and fair."\n\nThursday, Konare hinted at changes.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Observers said the vote had been "secret and fair."', "Thursday, Konare hinted at changes."]);
  });

  it("keeps a hard-wrapped sentence whole", () => {
    const text = "The ministers met in Geneva on Monday and agreed\nto meet again next week. Talks end.";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["The ministers met in Geneva on Monday and agreed\nto meet again next week.", "Talks end."]);
  });
});
