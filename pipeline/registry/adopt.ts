/**
 * Adopting ids published before there was a registry: an events.json a site was built from (an
 * earlier deployment, an earlier version of the pipeline) gives every one of its event ids a `live`
 * entry with its passages as selectors, described in that file's own article texts. The next extract
 * then matches them by content like any other id: renamed, merged, split or gone, never lost.
 */
import { z } from "zod";
import type { IdRegistry, RegistryEntry } from "../../lib/schema";
import { eventIdSchema, eventTypeSchema } from "../../lib/schema";
import { compareText } from "../../lib/format";
import { liveEntry } from "./link";

/** Only what adoption needs, so files from older versions of the schema are read too. */
const publishedSchema = z.object({
  articles: z.array(z.object({ id: z.string(), file: z.string(), text: z.string() })),
  events: z.array(
    z.object({
      id: eventIdSchema,
      title: z.string(),
      date: z.object({ value: z.string() }).nullable(),
      type: eventTypeSchema,
      actors: z.array(z.object({ name: z.string() })),
      sources: z.array(z.object({ articleId: z.string(), start: z.number().int(), end: z.number().int() })).min(1),
    }),
  ),
});

export interface Adopted {
  registry: IdRegistry;
  added: string[];
  known: string[];
}

/** Ids the registry already knows keep their entry: adoption never rewrites history. */
export function adoptIds(registry: IdRegistry | null, published: unknown): Adopted {
  const file = publishedSchema.parse(published);
  const texts = new Map(file.articles.map((a) => [a.id, a]));
  const ids: Record<string, RegistryEntry> = { ...(registry?.ids ?? {}) };
  const added: string[] = [];
  const known: string[] = [];
  for (const event of file.events) {
    if (ids[event.id]) {
      known.push(event.id);
      continue;
    }
    // Passages of articles the file no longer has cannot be described: left out.
    ids[event.id] = liveEntry({ ...event, sources: event.sources.filter((s) => texts.has(s.articleId)) }, texts);
    added.push(event.id);
  }
  const sorted = Object.keys(ids).sort(compareText);
  return { registry: { schemaVersion: 1, ids: Object.fromEntries(sorted.map((id) => [id, ids[id]!])) }, added, known };
}
