/**
 * Property tests of whole-article extraction: on any article text, events come out (or none do) without an
 * exception, every passage lies inside the text, and in events.json every quote is exactly its slice.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventsFileSchema } from "../../lib/schema";
import { extractDates } from "../dates/index";
import { extractEvents } from "../extract";
import { testArticle } from "../ingest/test-article";
import { anyText, isoDay, newsText, propertySettings } from "../test-arbitraries";
import { articleEvents } from "./article-events";

describe("event extraction, on arbitrary text (property tests)", () => {
  it("keeps every passage, mark and date of an article's events inside its text", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, newsText, newsText), fc.option(isoDay, { nil: null }), (text, published) => {
        const events = articleEvents(testArticle("a", text, published), 0, extractDates(text, published));
        for (const event of events) {
          for (const passage of event.passages) {
            const { start, end } = passage.sentence;
            expect(0 <= start && start <= end && end <= text.length).toBe(true);
            expect(text.slice(start, end)).toBe(passage.sentence.text);
            for (const mark of passage.marks) expect(0 <= mark.start && mark.start <= mark.end && mark.end <= text.length).toBe(true);
          }
        }
      }),
      propertySettings(200),
    );
  });

  it("writes events.json whose every quote equals its slice of the article text, from any article files", () => {
    const root = mkdtempSync(join(tmpdir(), "extract-property-"));
    const article = fc.record({ name: fc.constantFrom("a.txt", "b.md", "c.txt"), body: fc.oneof(newsText, anyText), published: fc.option(isoDay, { nil: null }) });
    try {
      fc.assert(
        fc.property(fc.array(article, { minLength: 1, maxLength: 3 }), (articles) => {
          const dir = mkdtempSync(join(root, "run-"));
          for (const a of articles) writeFileSync(join(dir, a.name), a.published ? `---\npublished: ${a.published}\n---\n${a.body}` : a.body);
          const { eventsFile, problems } = extractEvents(dir);
          // Bad input (an empty file, say) is an ingest problem; nothing else may go wrong.
          expect(problems.filter((p) => p.stage !== "ingest").map((p) => p.format())).toEqual([]);
          eventsFileSchema.parse(eventsFile);
          const texts = new Map(eventsFile.articles.map((a) => [a.id, a.text]));
          for (const event of eventsFile.events) for (const s of event.sources) expect(texts.get(s.articleId)!.slice(s.start, s.end)).toBe(s.quote);
        }),
        propertySettings(60),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
