/**
 * Stories that are not about diplomacy at all: a sports report "hosts" and "defeats" and "calls" like a
 * foreign ministry does. An article whose words include enough sports terms (data/lexicon/off-topic.json),
 * both in number and as a share of its words, gives no events.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

const offTopicFile = z.object({ sports: z.array(z.string()), minimumCount: z.number().int().positive(), minimumShare: z.number().positive() });
let cached: z.infer<typeof offTopicFile> & { words: Set<string> } | undefined;

function load() {
  if (cached) return cached;
  const file = offTopicFile.parse(JSON.parse(readFileSync(new URL("../../data/lexicon/off-topic.json", import.meta.url), "utf8")));
  cached = { ...file, words: new Set(file.sports) };
  return cached;
}

export function isSportsStory(title: string, text: string): boolean {
  const { words, minimumCount, minimumShare } = load();
  const tokens = `${title} ${text}`.toLowerCase().match(/[a-z][a-z-]*/g) ?? [];
  const hits = tokens.filter((t) => words.has(t)).length;
  return hits >= minimumCount && hits / Math.max(1, tokens.length) >= minimumShare;
}
