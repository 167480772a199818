/**
 * Bytes → article text. What scraped files really come as:
 * - UTF-8, with or without a byte order mark (the normal case);
 * - UTF-16 LE/BE with a byte order mark ("Unicode" in Windows tools), or without one when the text is
 *   mostly Latin letters (every other byte is then NUL, which nothing else looks like);
 * - Windows-1252 / Latin-1, the legacy encoding of Western pages, also mixed into otherwise UTF-8 files by
 *   careless concatenation: each byte that is not part of a well-formed UTF-8 sequence is read as
 *   Windows-1252, with a warning that points at the first one;
 * - other legacy encodings (Windows-1251 Cyrillic, Greek, Shift-JIS, ...): refused with a clear error rather
 *   than guessed. Telling them apart from each other needs statistics that fail on short texts (what chardet
 *   does), and a wrong guess is silent garbage in every quote; the pipeline reads English news anyway.
 *   They are recognised because, read as Windows-1252, most of their letters would come out accented;
 * - binary files (images, PDF, Office documents, anything with NUL bytes or many control characters):
 *   an error that says what the file looks like.
 * Every error points at the first offending byte as line:col of the text before it.
 */
import { formatAt, IngestError, LineIndex } from "../errors";

export interface DecodedText {
  /** The text, line endings normalised to "\n" (see `normaliseLineEndings`). */
  text: string;
  /** A `path:line:col: message` line when the file was readable but not plain UTF-8. */
  warning: string | null;
}

/**
 * Node 20's TextDecoder("windows-1252") decodes 0x80-0x9F as C1 control characters (it treats the label as
 * Latin-1), so the 27 characters Windows-1252 puts there (curly quotes, dashes, the euro sign...) are mapped
 * here. The five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are absent: no Western text has them.
 */
const WINDOWS_1252_HIGH: Record<number, string> = {
  0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰", 0x8a: "Š", 0x8b: "‹", 0x8c: "Œ", 0x8e: "Ž",
  0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9a: "š", 0x9b: "›", 0x9c: "œ", 0x9e: "ž", 0x9f: "Ÿ",
};

/** Signatures of the binary files most often saved next to articles, and what to do about them. */
const SIGNATURES: Array<{ bytes: number[]; what: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: "a PDF document, not text: extract its text first (e.g. with pdftotext) and save it as .txt" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "a ZIP archive (a .docx, .odt or .epub is one), not text: save the article as .txt, .md or .html" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: "a Microsoft Office document, not text: save the article as .txt, .md or .html" },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: "an RTF document, not plain text: save the article as .txt, .md or .html" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image, not text: not an article" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image, not text: not an article" },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "a GIF image, not text: not an article" },
  { bytes: [0x1f, 0x8b], what: "a gzip archive, not text: unpack it first" },
];

const UTF8 = new TextDecoder("utf-8", { fatal: true });
const UTF8_LENIENT = new TextDecoder("utf-8");
/** Windows-1252's accented letters below 0xC0 (Š Œ Ž š œ ž Ÿ). */
const ACCENTED_1252_LETTERS = new Set([0x8a, 0x8c, 0x8e, 0x9a, 0x9c, 0x9e, 0x9f]);

/** Share of letters that may come out accented when a file is read as Windows-1252 (French runs at 2-4 %). */
const MAX_ACCENTED_SHARE = 0.3;
/** ...counted only from this many accented letters on, so a short line such as "Ça va" is not refused. */
const MIN_ACCENTED_TO_REFUSE = 20;
/** Control characters (not tab, line breaks or form feed) above this share of the text make it binary. */
const MAX_CONTROL_SHARE = 0.05;

export function decodeArticleBytes(bytes: Uint8Array, path: string): DecodedText {
  const at = (text: string) => ({ path, ...endOf(text) });
  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) throw new IngestError({ path, line: 1, column: 1 }, `binary file: ${signature.what}`);
  }
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    throw new IngestError({ path, line: 1, column: 1 }, "UTF-32 text is not supported: save the article as UTF-8");
  }
  const utf16 = startsWith(bytes, [0xff, 0xfe]) ? { le: true, from: 2 } : startsWith(bytes, [0xfe, 0xff]) ? { le: false, from: 2 } : bomLessUtf16(bytes);
  if (utf16) {
    const text = decodeUtf16(bytes, utf16.from, utf16.le, path);
    checkNotBinary(text, path);
    const warning = utf16.from === 0 ? formatAt({ path, line: 1, column: 1 }, `no byte order mark; read as UTF-16${utf16.le ? "LE" : "BE"} (every other byte is NUL)`) : null;
    return { text: normaliseLineEndings(text), warning };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new IngestError(at(UTF8_LENIENT.decode(bytes.subarray(0, nul))), "binary file (it contains NUL bytes), not text: not an article");

  const from = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  const body = bytes.subarray(from);
  let text: string;
  let warning: string | null = null;
  try {
    text = UTF8.decode(body);
  } catch {
    // A file that is mostly UTF-8 with a few stray Latin-1 bytes keeps its UTF-8; a Windows-1252 file is read
    // as Windows-1252 throughout, even where two of its bytes happen to form a UTF-8 sequence ("É”" is C9 94).
    const firstPass = decodeUtf8WithWindows1252(body, false);
    const mostlyUtf8 = firstPass.utf8Sequences > firstPass.invalidBytes;
    const mixed = mostlyUtf8 ? firstPass : decodeUtf8WithWindows1252(body, true);
    const where = at(mixed.text.slice(0, mixed.firstInvalidAt));
    if (mixed.undefinedByte !== -1) {
      const position = at(mixed.text.slice(0, mixed.undefinedAt));
      const hex = body[mixed.undefinedByte]!.toString(16).toUpperCase().padStart(2, "0");
      throw new IngestError(position, `not valid UTF-8 text, nor Windows-1252/Latin-1 (byte 0x${hex}): save the article as UTF-8`);
    }
    const letters = mixed.asciiLetters + mixed.accentedLetters;
    if (mixed.accentedLetters >= MIN_ACCENTED_TO_REFUSE && mixed.accentedLetters > letters * MAX_ACCENTED_SHARE) {
      throw new IngestError(
        where,
        `not valid UTF-8, and not Western text either (read as Windows-1252, ${Math.round((100 * mixed.accentedLetters) / letters)}% of its letters would be accented): ` +
          "probably another legacy encoding (Cyrillic, Greek, Asian...); convert it to UTF-8, e.g. iconv -f WINDOWS-1251 -t UTF-8",
      );
    }
    text = mixed.text;
    warning = formatAt(where, mostlyUtf8
      ? `not valid UTF-8 here; ${mixed.invalidBytes} byte${mixed.invalidBytes === 1 ? "" : "s"} read as Windows-1252 (Latin-1), the rest as UTF-8`
      : "not valid UTF-8; read as Windows-1252 (Latin-1)");
  }
  checkNotBinary(text, path);
  return { text: normaliseLineEndings(text), warning };
}

/**
 * One line ending everywhere: CRLF (Windows) and lone CR (old Mac) become LF. This is the text that
 * events.json stores as `articles[].text`, so every `sources[].start/end` indexes it exactly, whatever the
 * file's line endings were; and a line number means the same as in an editor (which also breaks at CR).
 */
export function normaliseLineEndings(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** Line and column (1-based, UTF-16 code units, as in the text once decoded) just after `prefix`. */
function endOf(prefix: string): { line: number; column: number } {
  const text = normaliseLineEndings(prefix.charCodeAt(0) === 0xfeff ? prefix.slice(1) : prefix);
  return new LineIndex(text).positionAt(text.length);
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/**
 * UTF-16 saved without a byte order mark: Latin text then has a NUL in every other byte, on the odd bytes
 * for little-endian and the even ones for big-endian, and (almost) none on the other side.
 */
function bomLessUtf16(bytes: Uint8Array): { le: boolean; from: number } | null {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs < 4 || bytes.length % 2 !== 0) return null;
  let evenNul = 0, oddNul = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  if (oddNul >= pairs * 0.5 && evenNul <= pairs * 0.02) return { le: true, from: 0 };
  if (evenNul >= pairs * 0.5 && oddNul <= pairs * 0.02) return { le: false, from: 0 };
  return null;
}

function decodeUtf16(bytes: Uint8Array, from: number, le: boolean, path: string): string {
  const body = bytes.subarray(from);
  const decoder = new TextDecoder(le ? "utf-16le" : "utf-16be");
  const units = body.length >> 1;
  const unit = (k: number) => (le ? body[2 * k]! | (body[2 * k + 1]! << 8) : (body[2 * k]! << 8) | body[2 * k + 1]!);
  // A surrogate without its other half: found by hand, as the decoder would silently write U+FFFD for it.
  for (let k = 0; k < units; k++) {
    const c = unit(k);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && k + 1 < units && (unit(k + 1) & 0xfc00) === 0xdc00) k++;
    else throw new IngestError({ path, ...endOf(decoder.decode(body.subarray(0, 2 * k))) }, `not valid UTF-16${le ? "LE" : "BE"} text (a lone surrogate): save the article as UTF-8`);
  }
  if (body.length % 2 !== 0) {
    throw new IngestError({ path, ...endOf(decoder.decode(body.subarray(0, body.length - 1))) }, "UTF-16 text with an odd number of bytes (cut short?): save the article as UTF-8");
  }
  return decoder.decode(body);
}

/** Text whose share of control characters (other than tab, line breaks and form feed) says it is binary data. */
function checkNotBinary(text: string, path: string): void {
  let count = 0, first = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || c === 0x7f) {
      count++;
      if (first === -1) first = i;
    }
  }
  if (first === -1) return;
  const nul = text.indexOf("\u0000");
  if (nul !== -1) throw new IngestError({ path, ...endOf(text.slice(0, nul)) }, "binary file (it contains NUL characters), not text: not an article");
  if (count > text.length * MAX_CONTROL_SHARE) {
    throw new IngestError({ path, ...endOf(text.slice(0, first)) }, `binary file (${count} control characters, the first U+${text.charCodeAt(first).toString(16).toUpperCase().padStart(4, "0")}), not text: not an article`);
  }
}

interface MixedDecoding {
  text: string;
  /** Offset in `text` of the character the first byte that is not UTF-8 became. */
  firstInvalidAt: number;
  invalidBytes: number;
  /** Well-formed multi-byte UTF-8 sequences (0 for a plain Windows-1252 file). */
  utf8Sequences: number;
  /** Byte index of the first byte undefined in Windows-1252, or -1. */
  undefinedByte: number;
  /** ...and the offset in `text` of the U+FFFD written for it. */
  undefinedAt: number;
  asciiLetters: number;
  /** Letters with diacritics that the invalid bytes stand for in Windows-1252 (À-ÿ, Š, Œ, Ž, ...). */
  accentedLetters: number;
}

/**
 * UTF-8 where it is well-formed (per the Unicode standard's table of well-formed byte sequences), Windows-1252
 * byte by byte where it is not; with `all1252`, Windows-1252 for every byte. Valid runs are decoded in one
 * piece, so this stays linear on large files.
 */
function decodeUtf8WithWindows1252(bytes: Uint8Array, all1252: boolean): MixedDecoding {
  const parts: string[] = [];
  let length = 0;
  const result: MixedDecoding = { text: "", firstInvalidAt: -1, invalidBytes: 0, utf8Sequences: 0, undefinedByte: -1, undefinedAt: -1, asciiLetters: 0, accentedLetters: 0 };
  const push = (part: string) => {
    parts.push(part);
    length += part.length;
  };
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) result.asciiLetters++;
      i++;
      continue;
    }
    const sequence = wellFormedLength(bytes, i);
    if (sequence > 0 && !all1252) {
      result.utf8Sequences++;
      i += sequence;
      continue;
    }
    if (i > runStart) push(UTF8.decode(bytes.subarray(runStart, i)));
    if (result.firstInvalidAt === -1 && sequence === 0) result.firstInvalidAt = length;
    result.invalidBytes++;
    const char = b >= 0xa0 ? String.fromCharCode(b) : WINDOWS_1252_HIGH[b];
    if (char === undefined) {
      if (result.undefinedByte === -1) {
        result.undefinedByte = i;
        result.undefinedAt = length;
      }
      push("\ufffd");
    } else {
      push(char);
      if ((b >= 0xc0 && b !== 0xd7 && b !== 0xf7) || ACCENTED_1252_LETTERS.has(b)) result.accentedLetters++;
    }
    i++;
    runStart = i;
  }
  if (runStart < bytes.length) push(UTF8.decode(bytes.subarray(runStart)));
  result.text = parts.join("");
  return result;
}

/** Length of the well-formed UTF-8 sequence starting at `i` (a lead byte ≥ 0x80), or 0 when there is none. */
function wellFormedLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number, low = 0x80, high = 0xbf) => i + k < bytes.length && bytes[i + k]! >= low && bytes[i + k]! <= high;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
