"use client";

/**
 * One article, with the passages the timeline quotes highlighted and linked to their events, and
 * beside it (below it on narrow screens) the list of those events with links to each passage.
 *
 * A client component fed with data (lib/article-reading.ts), for two reasons:
 * - a prerendered article page's RSC payload, which Next.js writes four times per page (inline in
 *   the HTML, the .rsc file, and two prefetch segments), then holds the article and its events
 *   once as data, not every highlight and list item as rendered markup (docs/scale.md);
 * - the app shell (`/articles/_/`) draws an article without a page of its own with this very code.
 * The server still renders it into the page's HTML: readers without JavaScript get the same page.
 */
import { clearFilters, DEFAULT_VIEW, serializeViewState } from "@/lib/url-state";
import Link from "next/link";
import { useMemo } from "react";
import type { ArticleReading } from "@/lib/article-reading";
import { highlightArticle, listArticleEvents } from "@/lib/article-highlights";
import { formatDay, PUBLISHED_BASIS_LABELS } from "@/lib/format";
import { safeHttpUrl } from "@/lib/safe-url";
import { articlePath } from "@/lib/passages";
import { ArticleText } from "@/components/ArticleText";
import { ArticleEvents } from "@/components/ArticleEvents";
import { ArticleMarksProvider } from "@/components/ArticleMarks";
import { TypeIconSymbols } from "@/components/TypeIcon";
import { BackToTimeline } from "@/components/BackToTimeline";

function Meta({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-2">
      <dt className="w-24 flex-none font-medium text-slate-600">{label}</dt>
      <dd className="min-w-0 break-words text-slate-900">{children}</dd>
    </div>
  );
}

export function ArticleReader({ reading }: { reading: ArticleReading }) {
  const { article, events, total } = reading;
  const runs = useMemo(() => highlightArticle(article, events), [article, events]);
  const listed = useMemo(() => listArticleEvents(article, events), [article, events]);
  const titles = useMemo(() => new Map(reading.evidenceTitles), [reading.evidenceTitles]);
  // Only web addresses become links: a javascript: or data: URL from an article is shown as text.
  const sourceUrl = safeHttpUrl(article.url);
  return (
    <div className="mx-auto max-w-6xl">
      <p className="text-sm">
        <BackToTimeline />
        {/* On narrow screens the event list comes after the whole text: a way straight to it. */}
        <span className="lg:hidden">
          {" · "}
          <a href="#article-events" className="text-blue-800 underline underline-offset-2 hover:text-blue-950">
            Events in this article ({total})
          </a>
        </span>
      </p>
      <TypeIconSymbols types={events.map((e) => e.type)} />
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
              {article.byline && <Meta label="By">{article.byline}</Meta>}
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
                              {titles.get(e.articleId) ?? "another article"}
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
          <ArticleEvents events={listed} total={total} allOnTimeline={`/?${serializeViewState({ ...clearFilters(DEFAULT_VIEW), sources: [article.id] })}`} />
        </div>
      </ArticleMarksProvider>
    </div>
  );
}
