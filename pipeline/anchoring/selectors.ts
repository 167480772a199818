/**
 * A passage as W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#text-quote-selector):
 * a TextQuoteSelector (the exact words and up to CONTEXT_CHARS on each side) and a TextPositionSelector
 * (UTF-16 offsets, as everywhere in events.json). The quote and its context survive edits elsewhere in
 * the article; the position is the fast path when nothing moved.
 */
import type { PassageSelector } from "../../lib/schema";

/** As in Hypothesis and the W3C examples: enough to tell repeated words apart, short enough to survive nearby edits. */
export const CONTEXT_CHARS = 32;

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

export function describePassage(text: string, start: number, end: number): PassageSelector {
  // Never cut a surrogate pair in half: a lone surrogate is not text (and not valid UTF-8 when written).
  let prefixStart = Math.max(0, start - CONTEXT_CHARS);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_CHARS);
  if (suffixEnd < text.length && isLowSurrogate(text.charCodeAt(suffixEnd))) suffixEnd -= 1;
  return [
    { type: "TextQuoteSelector", exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) },
    { type: "TextPositionSelector", start, end },
  ];
}
