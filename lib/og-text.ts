/**
 * Text for the link-preview cards (lib/og-card.ts): only characters the card's font can draw,
 * cut to fit. next/og downloads a fallback font or an emoji image for any character its font
 * lacks; the build is offline, so such characters never reach it.
 */

/** Says whether the card's font has a glyph for a code point. */
export type CanDraw = (codePoint: number) => boolean;

const ELLIPSIS = "…";
// Emoji, flags and the invisible characters that build emoji sequences: decoration, dropped.
const EMOJI_PART = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u200d\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}\u20e3]/u;

/**
 * The text with what the font cannot draw taken out: emoji are dropped, and each run of letters
 * in a script the font lacks becomes one "…" (so a reader sees that something is missing).
 * Null when nothing legible is left (no letter or digit).
 */
export function drawable(text: string, canDraw: CanDraw): string | null {
  let out = "";
  let missing = false; // inside a run of characters the font lacks
  for (const ch of text.normalize("NFC")) {
    const cp = ch.codePointAt(0)!;
    if (/\s/u.test(ch)) {
      // Whitespace inside a missing run belongs to the run: "… …" would read as two gaps.
      if (!missing) out += " ";
      continue;
    }
    if (canDraw(cp)) {
      if (missing) out = `${out.trimEnd()} ${ELLIPSIS} `;
      missing = false;
      out += ch;
    } else if (!EMOJI_PART.test(ch)) {
      missing = true;
    }
  }
  if (missing) out = `${out.trimEnd()} ${ELLIPSIS}`;
  const result = out.replace(/\s+/g, " ").trim();
  return /[\p{L}\p{N}]/u.test(result) ? result : null;
}

/**
 * At most `max` characters: cut at the last word break that keeps most of the text, trailing
 * punctuation dropped, "…" added. Short texts are returned as they are.
 */
export function fit(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join("");
  const space = head.lastIndexOf(" ");
  const cut = space >= head.length * 0.6 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.\-–—(“‘"']+$/u, "")}${ELLIPSIS}`;
}
