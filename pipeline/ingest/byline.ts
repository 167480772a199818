/**
 * Who wrote an article, as a name: a saved page's byline (Readability, the author meta), front
 * matter's or a JSONL record's `author`. One cleaning for all: "By " and runs of spaces dropped, a
 * list of authors joined with commas; any other shape, or a "byline" as long as a paragraph (a
 * misread element), is no byline. Never an error: a byline is a nicety, not worth losing an article.
 */
export function bylineOf(raw: unknown): string | null {
  const text = typeof raw === "string" ? raw : Array.isArray(raw) && raw.every((name) => typeof name === "string") ? raw.join(", ") : null;
  const name = text?.replace(/\s+/g, " ").trim().replace(/^by\s+/i, "") ?? "";
  return name && name.length <= 200 ? name : null;
}
