/**
 * Every event in full, in shards found by id (lib/event-shards.ts): what the app shell
 * (`/events/_/`, lib/event-pages.ts) reads to show an event that has no prerendered page.
 */
import { getEventShard, getEventsFile } from "@/lib/data";
import { shardCount } from "@/lib/event-shards";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return Array.from({ length: shardCount(getEventsFile().events.length) }, (_, shard) => ({ file: `${shard}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  return Response.json(getEventShard(Number(file.replace(/\.json$/, ""))));
}
