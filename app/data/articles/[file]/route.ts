/**
 * One article in full with the events quoting it (lib/article-reading.ts), for the app shells:
 * `/articles/_/` draws the article's page from it (lib/article-pages.ts), `/events/_/` its passages
 * in context (lib/event-pages.ts).
 */
import { getArticleReading, getEventsFile } from "@/lib/data";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return getEventsFile().articles.map((article) => ({ file: `${article.id}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const reading = getArticleReading(decodeURIComponent(file).replace(/\.json$/, ""));
  return reading ? Response.json(reading) : new Response("No such article", { status: 404 });
}
