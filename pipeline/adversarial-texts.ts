/**
 * Texts made to drive a text-reading stage into super-linear time (long runs, repeated units, a
 * cue far from what completes it), at any size: the adversarial tests read them at 100,000
 * characters, bench/pipeline.ts times each at an article's size.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const SEEDS = join(import.meta.dirname, "../data/articles");

export const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Name → text of `size` characters (the runs between two words are three times longer: where quadratic lookbehinds bit). */
export function adversarialTexts(size: number): Record<string, string> {
  const longRun = size * 3;
  const around = (before: string, unit: string, after: string) => before + repeat(unit, longRun - before.length - after.length) + after;
  const seedText = readdirSync(SEEDS)
    .map((name) => readFileSync(join(SEEDS, name), "utf8"))
    .join(" ")
    .replace(/\s+/g, " ");
  return {
    "a run of spaces": around("Talks", " ", "ended."),
    "tabs and no-break spaces": around("Talks", "\t\u00a0 ", "ended."),
    "line breaks only": repeat("\n", size),
    "blank lines of spaces": repeat(" \n", size),
    "digits": repeat("1", size),
    "digits and spaces": repeat("1 ", size),
    "full stops": repeat(".", size),
    "numbered full stops": repeat("1.", size),
    "hyphens and dashes": repeat("-—–", size),
    "capitalised words": repeat("Foo ", size),
    "capitalised hyphenated words": repeat("Foo-", size),
    "repeated Mr.": repeat("Mr. ", size),
    "repeated U.S.": repeat("U.S. ", size),
    "initials": repeat("A.", size),
    "nested quotes and brackets": repeat("“‘\"'([{", size),
    "quoted speech without end": `“${repeat("he said ", size - 2)}”`,
    "dates without punctuation": repeat("January 1 ", size),
    "weekdays": repeat("Monday ", size),
    "relative phrases": repeat("two years ago last week ", size),
    "a modal far from its 'one day'": around("will", " ", "one day"),
    "a preposition far from its unit": around("for", "\n", "years"),
    "a month far from its day": around("January", " ", "10, 2022"),
    "an hour far from a.m.": around("10", " ", "a.m."),
    "a year far from its month": around("2022", "\t", "January"),
    "commas": repeat(", ", size),
    "emoji": repeat("😀🇺🇦", size),
    "right-to-left words": repeat("القدس ירושלים ", size),
    "combining marks": repeat("e\u0301", size),
    "one endless word": repeat("abcdefghij", size),
    "numbers before capitals": repeat("on 10. M", size),
    "tense cues": repeat("was set to said ", size),
    "acts and actors in one endless sentence": repeat("Blinken met Lavrov and Putin called Biden ", size),
    "one line of real news text": repeat(seedText, size),
    "a furniture word far from the line's end": around("Image", " ", "x\nTalks went on."),
    "a repeated group with overlapping words": `the ${repeat("current fiscal ", size)}x`,
  };
}
