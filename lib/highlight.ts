/**
 * Marks search matches in text without ever building HTML: text is split into parts, each
 * flagged as a hit or not, and components render the hits as <mark>. Words are cut exactly as
 * MiniSearch's default tokenizer cuts them (at spaces and punctuation) and compared lowercased,
 * as its default term processing does, so what is marked is what matched.
 */
const SEPARATORS = /([\n\r\p{Z}\p{P}]+)/u;

export interface TextPart {
  text: string;
  hit: boolean;
}

/** The text in parts; `terms` are lowercased document terms (MiniSearch's `result.terms`). */
export function highlightParts(text: string, terms: ReadonlySet<string>): TextPart[] {
  const parts: TextPart[] = [];
  for (const piece of text.split(SEPARATORS)) {
    if (!piece) continue;
    const hit = !SEPARATORS.test(piece) && terms.has(piece.toLowerCase());
    const last = parts.at(-1);
    // Runs of the same kind are merged so a phrase is one <mark>, and plain text stays one node.
    if (last && last.hit === hit && !hit) last.text += piece;
    else parts.push({ text: piece, hit });
  }
  return parts;
}

export function hasHit(text: string, terms: ReadonlySet<string>): boolean {
  return highlightParts(text, terms).some((p) => p.hit);
}

/**
 * A short excerpt of `text` around its first hit, cut at word boundaries, with ellipses where
 * it was cut; null when nothing in it matches.
 */
export function excerptAround(text: string, terms: ReadonlySet<string>, radius = 70): string | null {
  const squashed = text.replace(/\s+/g, " ").trim();
  let offset = 0;
  let first = -1;
  for (const part of highlightParts(squashed, terms)) {
    if (part.hit) {
      first = offset;
      break;
    }
    offset += part.text.length;
  }
  if (first < 0) return null;
  let from = Math.max(0, first - radius);
  let to = Math.min(squashed.length, first + radius * 2);
  if (from > 0) from = squashed.indexOf(" ", from) + 1 || from;
  if (to < squashed.length) to = squashed.lastIndexOf(" ", to) > first ? squashed.lastIndexOf(" ", to) : to;
  return `${from > 0 ? "… " : ""}${squashed.slice(from, to).trim()}${to < squashed.length ? " …" : ""}`;
}
