/**
 * Size limits on input, so that a file that is not an article (a database dump, a whole site in one page,
 * a log) is refused at once with a clear message instead of holding the build for minutes and putting
 * megabytes of text into events.json, which the app loads.
 *
 * Measured (Node 20): a 1,000,000-character article takes 5-7 s of CPU and 240-330 MB of memory for the whole
 * extract command (news text repeated: 8 events; distinct sentences: 4,200 events), linear in the length,
 * adversarial text included (see pipeline/adversarial.test.ts). A 50 MB file is refused before it is read.
 */

/**
 * One article's text, in characters (UTF-16 code units): 1,000,000 is about 160,000 English words, some
 * twenty times the longest long-read.
 */
export const MAX_ARTICLE_CHARS = 1_000_000;

/**
 * A .txt, .md or .html file, checked before it is read. Larger than MAX_ARTICLE_CHARS because a saved
 * web page carries scripts, styles and markup around the article.
 */
export const MAX_ARTICLE_FILE_BYTES = 16 * 1024 * 1024;

/**
 * A .jsonl collection (many articles, one per line). Node cannot hold a much larger file as one string
 * (V8 strings stop at about 512 M characters); larger collections are split into several files.
 */
export const MAX_JSONL_FILE_BYTES = 256 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} bytes`;
}
