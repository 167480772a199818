/**
 * Stories that are not about diplomacy at all: a sports report "hosts" and "defeats", a market report
 * "agrees" and "announces", like a foreign ministry does. An article whose words include enough of one
 * topic's terms (data/lexicon/off-topic.json), both in number and as a share of its words, gives no events.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

const topicSchema = z.object({ words: z.array(z.string()), minimumCount: z.number().int().positive(), minimumShare: z.number().positive() });
const offTopicFile = z.object({ topics: z.record(z.string(), topicSchema) });

interface Topic {
  name: string;
  words: Set<string>;
  minimumCount: number;
  minimumShare: number;
}
let topics: Topic[] | undefined;

function load(): Topic[] {
  if (topics) return topics;
  const file = offTopicFile.parse(JSON.parse(readFileSync(new URL("../../data/lexicon/off-topic.json", import.meta.url), "utf8")));
  topics = Object.entries(file.topics).map(([name, t]) => ({ name, words: new Set(t.words), minimumCount: t.minimumCount, minimumShare: t.minimumShare }));
  return topics;
}

/** The off-diplomacy topic the article is about ("sports", "business"), or null. */
export function offTopic(title: string, text: string): string | null {
  const tokens = `${title} ${text}`.toLowerCase().match(/[a-z][a-z-]*/g) ?? [];
  for (const topic of load()) {
    const hits = tokens.filter((t) => topic.words.has(t)).length;
    if (hits >= topic.minimumCount && hits / Math.max(1, tokens.length) >= topic.minimumShare) return topic.name;
  }
  return null;
}
