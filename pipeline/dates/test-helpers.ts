import { extractDates } from "./index";
import type { DateMention } from "./types";

/** The first mention whose text is exactly `words` (throws so a test fails with a clear message). */
export function mentionOf(text: string, reference: string | null, words: string): DateMention {
  const found = extractDates(text, reference).find((m) => m.text === words);
  if (!found) throw new Error(`no mention "${words}" in ${JSON.stringify(extractDates(text, reference).map((m) => m.text))}`);
  return found;
}

/** Text -> value pairs, the shape most assertions want. */
export function values(text: string, reference: string | null): Array<[string, string]> {
  return extractDates(text, reference).map((m) => [m.text, m.value]);
}
