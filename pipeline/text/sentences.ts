/**
 * Sentences with exact offsets, from sentence-splitter, plus one repair it needs for news: it ends a
 * sentence after "U.S." even in "U.S. Secretary of State". We join the pieces again when the abbreviation is
 * followed by a word that does not open a sentence (a capitalised noun rather than "The", "He", "In", ...).
 */
import { split } from "sentence-splitter";

export interface Sentence {
  /** Index in the article, 0-based. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (blank-line separated block) the sentence is in. */
  paragraph: number;
}

const COUNTRY_ABBREVIATION = /(?:^|[\s(“"])(?:U\.S\.|U\.K\.|U\.N\.|E\.U\.|U\.S\.A\.|U\.A\.E\.)$/;
const SENTENCE_OPENERS = new Set([
  "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "in", "on", "at", "but", "and", "or", "so", "yet",
  "this", "that", "these", "those", "his", "her", "their", "its", "our", "there", "meanwhile", "however",
  "earlier", "later", "also", "still", "after", "before", "when", "while", "as", "if", "since", "last",
]);

/**
 * sentence-splitter's time grows with the square of a run that has no sentence end it accepts ("Mr. Mr. Mr. ...",
 * "U.S. U.S. ..."), so a longer block is handed to it in chunks, cut at the last likely sentence end (else the
 * last space) before this length. Real paragraphs this long are rare, and cut where a sentence most likely ends.
 */
const MAX_SPLIT_CHUNK = 4000;
/**
 * No real sentence is this long (tables, lists and junk without full stops are): longer ones are cut at a space,
 * which keeps every later step that works sentence by sentence (actors, triggers, headlines) bounded.
 */
const MAX_SENTENCE = 2000;

export function splitSentences(text: string): Sentence[] {
  const pieces: Array<{ start: number; end: number }> = [];
  for (const [blockStart, blockEnd] of blocks(text)) {
    for (const [chunkStart, chunkEnd] of cutBefore(text, blockStart, blockEnd, MAX_SPLIT_CHUNK)) {
      for (const node of split(text.slice(chunkStart, chunkEnd))) {
        if (node.type !== "Sentence") continue;
        for (const [start, end] of splitAfterNumbers(text, chunkStart + node.range[0], chunkStart + node.range[1])) {
          const previous = pieces[pieces.length - 1];
          if (previous && continuesAfterAbbreviation(text, previous, start)) previous.end = end;
          else pieces.push({ start, end });
        }
      }
    }
  }
  const bounded = pieces.flatMap((piece) => cutBefore(text, piece.start, piece.end, MAX_SENTENCE).map(([start, end]) => ({ start, end })));
  const paragraphStarts = paragraphBoundaries(text);
  let paragraph = 0;
  return bounded.map((piece, index) => {
    const trimmed = trim(text, piece.start, piece.end);
    // Sentences come in text order, so the paragraph index only ever moves forward (linear, not a scan per sentence).
    while (paragraph + 1 < paragraphStarts.length && paragraphStarts[paragraph + 1]! <= trimmed.start) paragraph++;
    return { index, ...trimmed, text: text.slice(trimmed.start, trimmed.end), paragraph };
  });
}

/** A likely sentence end: final punctuation (and closing quote), space, then a capital (or an opening quote). */
const LIKELY_SENTENCE_END = /[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})/gu;

/**
 * [start, end) as ranges of at most `max` code units: each cut after the last likely sentence end in the second
 * half of the window, else after its last whitespace, else (one endless word) at `max`, never inside a
 * surrogate pair.
 */
function cutBefore(text: string, start: number, end: number, max: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  while (end - start > max) {
    const window = text.slice(start, start + max);
    let cut = 0;
    LIKELY_SENTENCE_END.lastIndex = 0;
    for (let m = LIKELY_SENTENCE_END.exec(window); m; m = LIKELY_SENTENCE_END.exec(window)) cut = m.index + m[0].length;
    if (cut < max / 2) cut = lastWhitespaceEnd(window);
    if (cut < max / 2) cut = /[\uD800-\uDBFF]/.test(window[max - 1]!) ? max - 1 : max;
    ranges.push([start, start + cut]);
    start += cut;
  }
  ranges.push([start, end]);
  return ranges;
}

function lastWhitespaceEnd(window: string): number {
  for (let i = window.length - 1; i > 0; i--) if (/\s/.test(window[i]!)) return i + 1;
  return 0;
}

/**
 * No sentence crosses a paragraph: blocks end at a blank line, or at a line break after a sentence's final
 * punctuation (scraped text puts each paragraph on one line). A line break inside a sentence (hard-wrapped
 * text) does not end it. sentence-splitter alone keeps `"... fair."\n\nThursday, ...` together when the
 * quotes pair across paragraphs.
 */
function blocks(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // The line break is matched before the look back, so the lookbehind runs only at line breaks (in front, it
  // would run at every position and scan back over whitespace: quadratic on long runs of spaces).
  const boundary = /\n[^\S\n]*\n\s*|\n(?<=[.?!"”’'][^\S\n]*\n)\s*/g;
  let from = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m.index > from) ranges.push([from, m.index]);
    from = m.index + m[0].length;
  }
  if (from < text.length) ranges.push([from, text.length]);
  return ranges;
}

/**
 * sentence-splitter takes any "10." for a list number and never ends a sentence there, so
 * "meet on January 10. Moscow annexed ..." stays one sentence. A number after a word, a full stop, a space
 * and a capital ends the sentence (list numbers stand at the start of a line, where this does not apply).
 */
// (The full stop is matched first so the lookbehind runs only at full stops.)
const NUMBER_THEN_NEW_SENTENCE = /\.(?<=\S[^\S\n]+\d{1,4}\.)(?=\s+["“]?\p{Lu})/gu;

function splitAfterNumbers(text: string, start: number, end: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = start;
  const slice = text.slice(start, end);
  NUMBER_THEN_NEW_SENTENCE.lastIndex = 0;
  for (let m = NUMBER_THEN_NEW_SENTENCE.exec(slice); m; m = NUMBER_THEN_NEW_SENTENCE.exec(slice)) {
    const cut = start + m.index + 1;
    ranges.push([from, cut]);
    from = cut;
  }
  ranges.push([from, end]);
  return ranges;
}

function continuesAfterAbbreviation(text: string, previous: { start: number; end: number }, nextStart: number): boolean {
  // Only the end of the piece can hold the abbreviation; testing the whole piece, which grows with each
  // repair ("U.S. U.S. U.S. ..."), would make long runs of abbreviations quadratic.
  const before = text.slice(Math.max(previous.start, previous.end - 12), previous.end);
  if (!COUNTRY_ABBREVIATION.test(before)) return false;
  const between = text.slice(previous.end, nextStart);
  if (between.includes("\n")) return false;
  const nextWord = /^[\s"“]*([A-Za-z]+)/.exec(text.slice(nextStart, nextStart + 40))?.[1];
  if (!nextWord) return false;
  if (nextWord[0] === nextWord[0]!.toLowerCase()) return true;
  return !SENTENCE_OPENERS.has(nextWord.toLowerCase());
}

function trim(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function paragraphBoundaries(text: string): number[] {
  const starts = [0];
  // Scraped text marks paragraphs with one line break, Markdown with a blank line: both count.
  const re = /\n\s*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

