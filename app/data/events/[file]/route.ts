/**
 * Every event in full, in shards found by id (lib/event-shards.ts), gzipped (`<n>.json.gz`: at
 * 100,000 events the shards are 135 MB plain, 28 MB gzipped; lib/gzip-json.ts reads them): what the
 * app shell (`/events/_/`, lib/event-pages.ts) reads to show an event that has no prerendered page,
 * and what the Download control builds the current view's files from.
 */
import { getEventShard, getEventsFile } from "@/lib/data";
import { shardCount } from "@/lib/event-shards";
import { gzipJsonResponse } from "@/lib/gzip-response";

export const dynamic = "force-static";
export const dynamicParams = false;

const SHARD_FILE = /^(\d+)\.json\.gz$/;

export function generateStaticParams(): { file: string }[] {
  return Array.from({ length: shardCount(getEventsFile().events.length) }, (_, shard) => ({ file: `${shard}.json.gz` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const shard = SHARD_FILE.exec(file);
  if (!shard) return new Response("No such shard", { status: 404 });
  return gzipJsonResponse(getEventShard(Number(shard[1])));
}
