/** Finds article files under a folder (recursively, in a stable order) and decodes them as UTF-8 text. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { IngestError } from "../errors";

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"] as const;

export interface InputFile {
  /** Path relative to the input folder, with forward slashes. */
  relativePath: string;
  absolutePath: string;
}

/** Every non-hidden file under `dir`, sorted by relative path so output never depends on the file system's order. */
export function listInputFiles(dir: string): InputFile[] {
  const files: InputFile[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const absolutePath = join(current, entry.name);
      if (entry.isDirectory()) walk(absolutePath);
      else if (entry.isFile() || (entry.isSymbolicLink() && statSync(absolutePath).isFile())) {
        files.push({ absolutePath, relativePath: relative(dir, absolutePath).split(sep).join("/") });
      }
    }
  };
  walk(dir);
  return files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}

export function extensionOf(path: string): string {
  const m = /\.[^./]+$/.exec(path);
  return m ? m[0].toLowerCase() : "";
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
/**
 * Windows-1252 differs from Latin-1 only in 0x80-0x9F (curly quotes, dashes, the euro sign...). Node's
 * TextDecoder("windows-1252") decodes that range as Latin-1 control characters, so it is mapped here.
 */
const WINDOWS_1252_HIGH: Record<number, string> = {
  0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰", 0x8a: "Š", 0x8b: "‹", 0x8c: "Œ", 0x8e: "Ž",
  0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9a: "š", 0x9b: "›", 0x9c: "œ", 0x9e: "ž", 0x9f: "Ÿ",
};

/** Windows-1252 text, or null when a byte is undefined in it (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
function decodeWindows1252(bytes: Uint8Array): string | null {
  let text = "";
  for (const byte of bytes) {
    if (byte < 0x80 || byte > 0x9f) text += String.fromCharCode(byte);
    else if (WINDOWS_1252_HIGH[byte]) text += WINDOWS_1252_HIGH[byte];
    else return null;
  }
  return text;
}

export interface DecodedText {
  text: string;
  /** Set when the file was not UTF-8 and was read as Windows-1252 (a superset of Latin-1). */
  warning: string | null;
}

/**
 * The file as text. UTF-8 is expected; a file that is not valid UTF-8 but reads as Windows-1252 text
 * (the usual encoding of older Western pages and Latin-1 files) is decoded as such, with a warning that
 * names the first byte that was not UTF-8. Binary files are errors that name the place.
 */
export function readText(file: InputFile): DecodedText {
  const bytes = readFileSync(file.absolutePath);
  const path = file.relativePath;
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new IngestError({ path, ...lineColOfByte(bytes, nul) }, "binary file (contains a NUL byte): not an article");
  let text: string;
  let warning: string | null = null;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = lineColOfByte(bytes, firstInvalidUtf8(bytes));
    const decoded = decodeWindows1252(bytes);
    if (decoded === null) throw new IngestError({ path, ...at }, "not valid UTF-8 text, nor Windows-1252/Latin-1: save the article as UTF-8");
    text = decoded;
    warning = `${path}:${at.line}:${at.column}: not valid UTF-8; read as Windows-1252 (Latin-1)`;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // byte order mark
  // One line ending everywhere: offsets and line numbers then mean the same on every platform.
  text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") throw new IngestError({ path, line: 1, column: 1 }, "empty file: no article text");
  return { text, warning };
}

function lineColOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  let line = 1, lineStart = 0;
  for (let i = 0; i < index; i++) if (bytes[i] === 10) { line++; lineStart = i + 1; }
  return { line, column: index - lineStart + 1 };
}

/** Byte index of the first byte that does not start a well-formed UTF-8 sequence (overlongs are not checked). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i]!;
    const extra = c < 0x80 ? 0 : c >> 5 === 6 ? 1 : c >> 4 === 14 ? 2 : c >> 3 === 30 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += extra + 1;
  }
  return 0;
}
