/**
 * The address of one article: its text with the passages the timeline quotes highlighted and linked
 * to their events, and the list of those events (components/ArticleReader.tsx draws both).
 * Prerendered for every article up to TIMELINE_ARTICLE_PAGES (unknown ids are a 404, also in the
 * static export). Past that limit the other articles' addresses are answered by the app shell,
 * `/articles/_/` (lib/article-pages.ts): proxy.ts rewrites them to it under `next start`, static
 * hosts by the rule the export writes.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getArticle, getArticleReading, getCounts, getPrerenderedArticleIds } from "@/lib/data";
import { SHELL_ID } from "@/lib/article-pages";
import { articlePath } from "@/lib/passages";
import { ArticleReader } from "@/components/ArticleReader";
import { ArticleShellLoader } from "@/components/ArticleShellLoader";
import { sitePreviewImage } from "@/lib/og-meta";
import { metaText } from "@/lib/meta-text";
import { SITE_TITLE } from "@/lib/site-settings";

export const dynamicParams = false;

export function generateStaticParams(): { id: string }[] {
  // Every article up to TIMELINE_ARTICLE_PAGES, and the app shell that answers for the others when there are any.
  const prerendered = getPrerenderedArticleIds();
  const shell = prerendered.length < getCounts().articles ? [SHELL_ID] : [];
  return [...prerendered, ...shell].map((id) => ({ id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  // The shell answers many addresses: no title of its own, and nothing for search engines to keep.
  if (id === SHELL_ID) return { title: "Article", robots: { index: false } };
  const article = getArticle(id);
  if (!article) return { title: "Article not found" };
  const title = metaText(article.title);
  const description = metaText(article.text.slice(0, 180)) + "…";
  return {
    title,
    description,
    // The site's card: an article has no card of its own.
    openGraph: { title, description, type: "article", url: articlePath(id), siteName: SITE_TITLE, images: [sitePreviewImage()] },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { id } = await params;
  if (id === SHELL_ID) return <ArticleShellLoader />;
  const reading = getArticleReading(id);
  if (!reading) notFound();
  return <ArticleReader reading={reading} />;
}
