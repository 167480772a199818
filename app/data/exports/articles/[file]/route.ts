/** The cited articles' citations in shards (lib/exports/citations.ts), for exports built in the browser. */
import { getEventsFile } from "@/lib/data";
import { citationShards, type ArticleCitation } from "@/lib/exports/citations";

export const dynamic = "force-static";
export const dynamicParams = false;

let shards: ArticleCitation[][] | null = null;

function allShards(): ArticleCitation[][] {
  if (!shards) {
    const file = getEventsFile();
    shards = citationShards(file.articles, new Set(file.events.flatMap((e) => e.sources.map((s) => s.articleId))));
  }
  return shards;
}

export function generateStaticParams(): { file: string }[] {
  return allShards().map((_, shard) => ({ file: `${shard}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const shard = allShards()[Number(file.replace(/\.json$/, ""))];
  return shard ? Response.json(shard) : new Response("No such shard", { status: 404 });
}
