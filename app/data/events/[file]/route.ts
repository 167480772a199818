/**
 * Every event in full, in shards found by id (lib/event-shards.ts): what the app shell
 * (`/events/_/`, lib/event-pages.ts) reads to show an event that has no prerendered page.
 */
import { getEventsFile } from "@/lib/data";
import { shardCount, shardOf } from "@/lib/event-shards";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return Array.from({ length: shardCount(getEventsFile().events.length) }, (_, shard) => ({ file: `${shard}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const shard = Number(file.replace(/\.json$/, ""));
  const { events } = getEventsFile();
  const shards = shardCount(events.length);
  return Response.json(events.filter((event) => shardOf(event.id, shards) === shard));
}
