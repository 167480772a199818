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

export function splitSentences(text: string): Sentence[] {
  const pieces: Array<{ start: number; end: number }> = [];
  for (const [blockStart, blockEnd] of blocks(text)) {
    for (const node of split(text.slice(blockStart, blockEnd))) {
      if (node.type !== "Sentence") continue;
      for (const [start, end] of splitAfterNumbers(text, blockStart + node.range[0], blockStart + node.range[1])) {
        const previous = pieces[pieces.length - 1];
        if (previous && continuesAfterAbbreviation(text, previous, start)) previous.end = end;
        else pieces.push({ start, end });
      }
    }
  }
  const paragraphStarts = paragraphBoundaries(text);
  return pieces.map((piece, index) => {
    const trimmed = trim(text, piece.start, piece.end);
    return { index, ...trimmed, text: text.slice(trimmed.start, trimmed.end), paragraph: paragraphIndex(paragraphStarts, trimmed.start) };
  });
}

/**
 * No sentence crosses a paragraph: blocks end at a blank line, or at a line break after a sentence's final
 * punctuation (scraped text puts each paragraph on one line). A line break inside a sentence (hard-wrapped
 * text) does not end it. sentence-splitter alone keeps `"... fair."\n\nThursday, ...` together when the
 * quotes pair across paragraphs.
 */
function blocks(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const boundary = /\n[^\S\n]*\n\s*|(?<=[.?!"”’'][^\S\n]*)\n\s*/g;
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
const NUMBER_THEN_NEW_SENTENCE = /(?<=\S[^\S\n]+\d{1,4})\.(?=\s+["“]?\p{Lu})/gu;

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
  const before = text.slice(previous.start, previous.end);
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

function paragraphIndex(starts: number[], offset: number): number {
  let index = 0;
  while (index + 1 < starts.length && starts[index + 1]! <= offset) index++;
  return index;
}
