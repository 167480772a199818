/**
 * One article, with the passages the timeline quotes highlighted and linked to their events,
 * and beside it (below it on narrow screens) the list of those events with links to each passage.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getArticle, getArticleEvents, getEventsFile } from "@/lib/data";
import { highlightArticle, listArticleEvents } from "@/lib/article-highlights";
import { formatDay, PUBLISHED_BASIS_LABELS } from "@/lib/format";
import { safeHttpUrl } from "@/lib/safe-url";
import { SITE_TITLE } from "@/lib/site-settings";
import { clearFilters, DEFAULT_VIEW, serializeViewState } from "@/lib/url-state";
import { articlePath } from "@/lib/passages";
import { ArticleText } from "@/components/ArticleText";
import { ArticleEvents } from "@/components/ArticleEvents";
import { ArticleMarksProvider } from "@/components/ArticleMarks";
import { sitePreviewImage } from "@/lib/og-meta";
import { metaText } from "@/lib/meta-text";

export const dynamicParams = false;

export function generateStaticParams(): { id: string }[] {
  return getEventsFile().articles.map((a) => ({ id: a.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
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

function Meta({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-2">
      <dt className="w-24 flex-none font-medium text-slate-600">{label}</dt>
      <dd className="min-w-0 break-words text-slate-900">{children}</dd>
    </div>
  );
}

const ARTICLE_EVENTS_SHOWN = 100;

export default async function ArticlePage({ params }: Props) {
  const { id } = await params;
  const article = getArticle(id);
  if (!article) notFound();
  // An article quoted by very many events (a wire story every later report repeats) shows the first
  // ARTICLE_EVENTS_SHOWN, in time order, and leads to the rest on the timeline: its page stays a page.
  const quoting = getArticleEvents(article.id);
  const events = quoting.slice(0, ARTICLE_EVENTS_SHOWN);
  // Only web addresses become links: a javascript: or data: URL from an article is shown as text.
  const sourceUrl = safeHttpUrl(article.url);
  const runs = highlightArticle(article, events);
  const listed = listArticleEvents(article, events);
  return (
    <div className="mx-auto max-w-6xl">
      <p className="text-sm">
        <Link href="/" className="text-blue-800 underline underline-offset-2 hover:text-blue-950">
          ← Back to the timeline
        </Link>
        {/* On narrow screens the event list comes after the whole text: a way straight to it. */}
        <span className="lg:hidden">
          {" · "}
          <a href="#article-events" className="text-blue-800 underline underline-offset-2 hover:text-blue-950">
            Events in this article ({quoting.length})
          </a>
        </span>
      </p>
      <ArticleMarksProvider key={article.id}>
        <div className="mt-3 flex flex-col gap-5 lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start lg:gap-6">
          <article className="min-w-0 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-7">
            <h1 className="text-2xl font-semibold leading-tight tracking-tight">{article.title || "Untitled article"}</h1>
            <dl className="mt-4 space-y-1 text-sm">
              <Meta label="Source">
                {sourceUrl ? (
                  <a href={sourceUrl} className="wrap-anywhere text-blue-800 underline underline-offset-2" rel="noopener noreferrer">
                    {article.source ?? sourceUrl}
                  </a>
                ) : (
                  (article.source ?? "Not stated")
                )}
              </Meta>
              <Meta label="Published">
                {article.published ? (
                  <>
                    {formatDay(article.published)}
                    {article.publishedBasis && <span className="text-slate-600"> ({PUBLISHED_BASIS_LABELS[article.publishedBasis]})</span>}
                    {article.publishedEvidence && article.publishedEvidence.length > 0 && (
                      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
                        {article.publishedEvidence.map((e) => (
                          <li key={`${e.expression}-${e.date}-${e.articleId}`}>
                            It says “{e.expression}” for “{e.eventTitle}”, which{" "}
                            <Link href={articlePath(e.articleId)} className="text-blue-800 underline underline-offset-2">
                              {getArticle(e.articleId)?.title ?? "another article"}
                            </Link>{" "}
                            dates {formatDay(e.date)}.
                          </li>
                        ))}
                      </ul>
                    )}
                  </>
                ) : (
                  <span>Unknown: relative dates in this article (“yesterday”, “last week”) cannot be resolved.</span>
                )}
              </Meta>
              {article.dateline && (
                <Meta label="Dateline">
                  “{article.dateline.text}”
                  {(article.dateline.place || article.dateline.date) && (
                    <span className="text-slate-600">
                      {" "}
                      ({[article.dateline.place, article.dateline.date && formatDay(article.dateline.date)].filter(Boolean).join(", ")})
                    </span>
                  )}
                </Meta>
              )}
              <Meta label="File">
                <code className="wrap-anywhere text-xs">{article.file}</code>
              </Meta>
            </dl>
            {listed.length > 0 && (
              <p className="mt-4 text-sm text-slate-600">
                <mark className="passage">Highlighted</mark> passages report events on the timeline: click one to open its event, or
                use the ¶ after it to link to the passage itself.
              </p>
            )}
            <div className="mt-4 border-t border-slate-100 pt-4">
              <ArticleText runs={runs} />
            </div>
          </article>
          <ArticleEvents events={listed} total={quoting.length} allOnTimeline={`/?${serializeViewState({ ...clearFilters(DEFAULT_VIEW), sources: [article.id] })}`} />
        </div>
      </ArticleMarksProvider>
    </div>
  );
}
