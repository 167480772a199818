/** One article in full (its text, for an event's passages in context), for the app shell (lib/event-pages.ts). */
import { getArticle, getEventsFile } from "@/lib/data";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return getEventsFile().articles.map((article) => ({ file: `${article.id}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const article = getArticle(decodeURIComponent(file).replace(/\.json$/, ""));
  return article ? Response.json(article) : new Response("No such article", { status: 404 });
}
