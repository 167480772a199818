/** An article as ingest would hand it on, for tests of the later stages (no file behind it). */
import type { IngestedArticle } from "./types";

export function testArticle(id: string, text: string, published: string | null): IngestedArticle {
  return {
    id, file: `${id}.txt`, title: id, source: null, url: null, published, publishedBasis: published ? "metadata" : null,
    text, dateline: null, bodyLine: 1, bodyOffset: 0, fileContent: text,
  };
}
