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

/** The file as text; binary and non-UTF-8 files are errors that name the place. */
export function readText(file: InputFile): string {
  const bytes = readFileSync(file.absolutePath);
  const path = file.relativePath;
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new IngestError({ path, ...lineColOfByte(bytes, nul) }, "binary file (contains a NUL byte): not an article");
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new IngestError({ path, ...lineColOfByte(bytes, firstInvalidUtf8(bytes)) }, "not valid UTF-8 text: save the article as UTF-8");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // byte order mark
  // One line ending everywhere: offsets and line numbers then mean the same on every platform.
  text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") throw new IngestError({ path, line: 1, column: 1 }, "empty file: no article text");
  return text;
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
