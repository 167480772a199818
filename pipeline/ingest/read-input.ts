/**
 * Finds the article files under a folder (recursively, in a stable order) and reads each as text. Nothing in
 * the folder is passed over silently: what is not read (another file type, a hidden article file, a broken
 * link, a folder that cannot be opened) is listed with the reason. Hidden folders (.git, .cache) and hidden
 * files that are not article files (.DS_Store) are the one exception, as in most tools.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { IngestError } from "../errors";
import { decodeArticleBytes, type DecodedText } from "./decode";
import { formatBytes, MAX_ARTICLE_FILE_BYTES, MAX_JSONL_FILE_BYTES } from "./limits";

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"] as const;

export interface InputFile {
  /** Path relative to the input folder, with forward slashes. */
  relativePath: string;
  absolutePath: string;
  /** Size in bytes when listed. */
  size: number;
}

/** One entry of the input folder: an article file to read, a path not read and why, or one that cannot be read. */
export type InputEntry =
  | { kind: "file"; relativePath: string; file: InputFile }
  | { kind: "ignored"; relativePath: string; reason: string }
  | { kind: "unreadable"; relativePath: string; message: string };

export function isArticleExtension(ext: string): boolean {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(ext);
}

/** Every entry under `dir`, sorted by relative path so output never depends on the file system's order. */
export function listInputEntries(dir: string): InputEntry[] {
  const entries: InputEntry[] = [];
  const relativePathOf = (absolutePath: string) => relative(dir, absolutePath).split(sep).join("/") || ".";
  // Symbolic links to folders are followed once: a link back up the tree must not loop.
  const foldersRead = new Set<string>([realpathSync(dir)]);
  const walk = (folder: string) => {
    let children;
    try {
      children = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      entries.push({ kind: "unreadable", relativePath: relativePathOf(folder), message: `cannot open this folder: ${describeFsError(error)}` });
      return;
    }
    for (const child of children) {
      const absolutePath = join(folder, child.name);
      const relativePath = relativePathOf(absolutePath);
      if (child.name.startsWith(".")) {
        if (!child.isDirectory() && isArticleExtension(extensionOf(child.name))) {
          entries.push({ kind: "ignored", relativePath, reason: "hidden file (its name starts with a dot), not read: rename it to include it" });
        }
        continue;
      }
      let stats;
      try {
        stats = statSync(absolutePath);
      } catch (error) {
        const message = child.isSymbolicLink() ? "broken symbolic link: what it points to does not exist" : `cannot read this file: ${describeFsError(error)}`;
        entries.push({ kind: "unreadable", relativePath, message });
        continue;
      }
      if (stats.isDirectory()) {
        const real = realpathSync(absolutePath);
        if (foldersRead.has(real)) {
          entries.push({ kind: "ignored", relativePath, reason: "link to a folder that is already read (a loop, or a second path to it), not read again" });
          continue;
        }
        foldersRead.add(real);
        walk(absolutePath);
      } else if (!stats.isFile()) {
        entries.push({ kind: "ignored", relativePath, reason: "not a regular file (a pipe, socket or device), not read" });
      } else {
        const ext = extensionOf(child.name);
        if (isArticleExtension(ext)) entries.push({ kind: "file", relativePath, file: { relativePath, absolutePath, size: stats.size } });
        else entries.push({ kind: "ignored", relativePath, reason: `${ext ? `not an article file type ('${ext}')` : "no file extension"}, not read: articles are ${ARTICLE_EXTENSIONS.join(", ")}` });
      }
    }
  };
  walk(dir);
  return entries.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}

export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : "";
}

/**
 * The file as text (see decode.ts for the encodings read), after checking its size against the limits.
 * Empty and whitespace-only files are errors: there is no article in them.
 */
export function readText(file: InputFile): DecodedText {
  const path = file.relativePath;
  const collection = extensionOf(path) === ".jsonl";
  const limit = collection ? MAX_JSONL_FILE_BYTES : MAX_ARTICLE_FILE_BYTES;
  if (file.size > limit) {
    const advice = collection ? "split the collection into several .jsonl files" : "one article is far smaller; split the file into articles (or a .jsonl collection)";
    throw new IngestError({ path, line: 1, column: 1 }, `file too large: ${formatBytes(file.size)}, over the limit of ${formatBytes(limit)} for a ${collection ? ".jsonl" : "single article"} file: ${advice}`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.absolutePath);
  } catch (error) {
    throw new IngestError({ path, line: 1, column: 1 }, `cannot read this file: ${describeFsError(error)}`);
  }
  if (bytes.length === 0) throw new IngestError({ path, line: 1, column: 1 }, "empty file (0 bytes): no article text");
  const decoded = decodeArticleBytes(bytes, path);
  if (decoded.text.trim() === "") throw new IngestError({ path, line: 1, column: 1 }, "only whitespace: no article text");
  return decoded;
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "it no longer exists";
  if (code === "ELOOP") return "too many levels of symbolic links";
  return error instanceof Error ? error.message : String(error);
}
