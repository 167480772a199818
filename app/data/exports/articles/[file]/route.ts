/** The cited articles' citations in shards (lib/exports/citations.ts), for exports built in the browser. */
import { getCitationShards } from "@/lib/data";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return getCitationShards().map((_, shard) => ({ file: `${shard}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const shard = getCitationShards()[Number(file.replace(/\.json$/, ""))];
  return shard ? Response.json(shard) : new Response("No such shard", { status: 404 });
}
