/**
 * The one gate between a URL that came with an article (front matter, a .jsonl record, a saved
 * page's canonical link) and an `href`. Articles are untrusted input: their `url` can be
 * `javascript:…`, `data:text/html,…`, `//evil.example`, or a scheme hidden by characters that
 * browsers drop while parsing ("java\tscript:", "\u0001javascript:"). Only an absolute http(s)
 * address written plainly passes; anything else is never made into a link (callers show the
 * article's source name as text instead, or nothing).
 */

/** Longer than any real article address; a guard against pathological input, not a policy. */
const MAX_LENGTH = 2048;

/**
 * Whitespace, control and invisible formatting characters anywhere in the address. The URL
 * parser silently removes tabs and newlines ("java\tscript:" parses as "javascript:"), and the
 * others only serve to disguise what a reader (or a filter) sees: a real address has none.
 */
const HIDDEN_CHARACTERS = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\ufff9-\ufffb]/u;

/**
 * Written as `http://` or `https://`, before any parsing: rejects every other scheme, including
 * entity-encoded ("&#106;avascript:"), percent-encoded and protocol-relative ("//host") forms.
 */
const WEB_ADDRESS = /^https?:\/\/[^/\\]/i;

/** The address, normalised by the URL parser, when it is a plain absolute http(s) URL; else null. */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (typeof raw !== "string") return null;
  const url = raw.trim();
  if (url.length === 0 || url.length > MAX_LENGTH) return null;
  if (HIDDEN_CHARACTERS.test(url) || !WEB_ADDRESS.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  if (!parsed.hostname) return null;
  // "https://bank.example@evil.example/" shows one host and goes to another.
  if (parsed.username || parsed.password) return null;
  return parsed.href;
}
