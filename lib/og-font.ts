/**
 * Which characters a TrueType/OpenType font can draw, read from its `cmap` table.
 * Why: next/og fetches a fallback font (Google Fonts) or emoji SVG (jsDelivr) for every character
 * its font lacks. The build is offline, so the cards only ever contain characters the bundled font
 * has (see lib/og-card.ts); this tells which those are.
 */

/** Inclusive code point ranges, sorted, that map to a real glyph. */
export type Coverage = ReadonlyArray<readonly [number, number]>;

export function readCoverage(font: Uint8Array): Coverage {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmap = findTable(view, "cmap");
  if (cmap === null) throw new Error("font has no cmap table");
  const subtables = view.getUint16(cmap + 2);
  let best: { offset: number; format: number } | null = null;
  for (let i = 0; i < subtables; i++) {
    const record = cmap + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmap + view.getUint32(record + 4);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    // Format 12 reaches beyond the Basic Multilingual Plane: prefer it when there is one.
    if (!best || (format === 12 && best.format === 4)) best = { offset, format };
  }
  if (!best) throw new Error("font has no Unicode cmap subtable (format 4 or 12)");
  return merge(best.format === 12 ? readFormat12(view, best.offset) : readFormat4(view, best.offset));
}

export function covers(coverage: Coverage, codePoint: number): boolean {
  let lo = 0;
  let hi = coverage.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = coverage[mid]!;
    if (codePoint < start) hi = mid - 1;
    else if (codePoint > end) lo = mid + 1;
    else return true;
  }
  return false;
}

function findTable(view: DataView, tag: string): number | null {
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const name = String.fromCharCode(...[0, 1, 2, 3].map((k) => view.getUint8(record + k)));
    if (name === tag) return view.getUint32(record + 8);
  }
  return null;
}

function readFormat12(view: DataView, offset: number): Array<[number, number]> {
  const groups = view.getUint32(offset + 12);
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < groups; i++) {
    const group = offset + 16 + i * 12;
    ranges.push([view.getUint32(group), view.getUint32(group + 4)]);
  }
  return ranges;
}

function readFormat4(view: DataView, offset: number): Array<[number, number]> {
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const ranges: Array<[number, number]> = [];
  for (let s = 0; s < segments; s++) {
    const start = view.getUint16(starts + s * 2);
    const end = view.getUint16(ends + s * 2);
    const delta = view.getUint16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
        const raw = view.getUint16(at);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) ranges.push([c, c]);
    }
  }
  return ranges;
}

/** Sorted, with touching ranges joined, so lookups stay a short binary search. */
function merge(ranges: Array<[number, number]>): Coverage {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}
