import type { Article } from "../../lib/schema";

/** An article as ingest hands it on: the schema's article plus what later stages need to know. */
export interface IngestedArticle extends Article {
  /** Offset of `text` inside the decoded file, so a text offset maps back to path:line:col. */
  bodyOffset: number;
  /** The decoded file content (for positions); not written out. */
  fileContent: string;
}

export interface ArticleFields {
  title: string | null;
  published: string | null;
  publishedBasis: Article["publishedBasis"];
  source: string | null;
  url: string | null;
  dateline: Article["dateline"];
  /** Who wrote it, when the file says (a saved web page's author). */
  byline?: string | null;
  /** The body and where it starts in the file. */
  text: string;
  bodyOffset: number;
}
