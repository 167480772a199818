/**
 * fast-check generators shared by the property tests: arbitrary text, and text assembled from news words
 * (people, countries, acts, dates, places) mixed with junk, so that random inputs reach the date rules,
 * the actor gazetteer and the event stages instead of only their "nothing found" paths.
 * Test-only (imported by *.test.ts files).
 */
import fc from "fast-check";

/** Fixed seed: a failure reproduces on every run and machine. */
export const PROPERTY_SEED = 20261122;

/**
 * fast-check settings: the fixed seed and a run count sized for the unit suite. For a deeper search, set
 * PROPERTY_RUNS_SCALE (e.g. 50) and PROPERTY_SEED (any number) in the environment; a failure prints its seed.
 */
export function propertySettings(numRuns: number): { seed: number; numRuns: number } {
  const scale = Number(process.env.PROPERTY_RUNS_SCALE ?? 1);
  return { seed: Number(process.env.PROPERTY_SEED ?? PROPERTY_SEED), numRuns: Math.max(1, Math.round(numRuns * (Number.isFinite(scale) ? scale : 1))) };
}

const NEWS_WORDS = [
  "Antony Blinken", "Blinken", "Sergei Lavrov", "Lavrov", "Vladimir Putin", "Putin", "Joe Biden", "Zelenskyy", "NATO", "the European Union",
  "Russia", "Ukraine", "U.S.", "the United States", "China", "Mr.", "Mrs.", "Secretary of State", "President", "officials",
  "met", "called", "spoke with", "accused", "threatened", "sanctioned", "will meet", "agreed to", "visited", "said", "warned", "rejected",
  "on Monday", "Tuesday", "last week", "next month", "two days ago", "January 10, 2022", "Jan. 3", "2014", "in 1990s", "Q1", "2022-01-03",
  "yesterday", "tomorrow", "this year", "10 a.m.", "since March", "by Oct. 31", "for years", "one day", "the 21st century", "December 2021",
  "in Geneva", "in Moscow", "Kyiv", "Brussels", "“", "”", "\"", "'", "’s", "(", ")", "[", "]", ",", ".", ". ", "!", "?", ";", ":", "-", "—",
  " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "1", "10.", "1,000", "😀", "🇺🇦", "القدس", "ירושלים", "e\u0301", "\u200b", "\ufffd",
];

/** Text assembled from news words, punctuation, whitespace and non-Latin characters (up to ~80 pieces). */
export const newsText = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...NEWS_WORDS) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) }), { maxLength: 80, size: "medium" })
  .map((pieces) => pieces.join(" "));

/** Any text: arbitrary code points (astral ones, lone surrogates included) or news-like text. */
export const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 200, size: "medium" }), fc.string({ unit: "binary-ascii", maxLength: 200, size: "medium" }), newsText);

/** A real day between 1900 and 2100, as YYYY-MM-DD. */
export const isoDay = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
