/**
 * Text for the <head>: <title>, <meta name="description"> and Open Graph / Twitter tags.
 * One line, without control characters or half characters. Besides being what link previews
 * show, it keeps the server's tags and React's the same: HTML parsing turns a carriage return
 * into a line feed (NUL and a lone surrogate into U+FFFD), so a headline carrying one made React
 * miss the server's tag while hydrating and add a second copy of it.
 */
const BREAKS_AND_CONTROLS = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
/** Half of a character outside the BMP: what cutting a text at a UTF-16 index can leave. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function metaText(text: string): string {
  return text.replace(LONE_SURROGATE, "").replace(BREAKS_AND_CONTROLS, " ").trim();
}
