"use client";

import { useEffect } from "react";
import { usePathname } from "next/navigation";
import { articleIdFromPath } from "@/lib/article-pages";
import { metaText } from "@/lib/meta-text";
import { ArticleReader } from "@/components/ArticleReader";
import { ArticleShellFrame } from "@/components/ArticleShellFrame";
import { useArticleReading } from "@/components/useArticleReading";
import { useShellTitle } from "@/components/useShellTitle";
import { hashAnchor } from "@/components/ArticleMarks";

/**
 * Loaded only on the article app shell's page (components/ArticleShellLoader.tsx), so prerendered
 * article pages do not carry this code.
 * The page of an article that has no prerendered one (lib/article-pages.ts): the server (proxy.ts)
 * or the static host answers its address with this page, which reads the id from the address,
 * loads the article and the events quoting it, and draws the same page in the browser.
 */
export function ArticleShell() {
  const id = articleIdFromPath(usePathname());
  const { status, value: reading } = useArticleReading(id);
  useShellTitle(reading ? metaText(reading.article.title) || "Untitled article" : undefined, id, articleIdFromPath);
  // The browser looked for the address's #passage before the text was there: go to it now.
  useEffect(() => {
    if (status !== "ready") return;
    const anchor = hashAnchor();
    if (anchor) document.getElementById(anchor)?.scrollIntoView();
  }, [status]);
  if (reading) return <ArticleReader reading={reading} />;
  return <ArticleShellFrame state={status} />;
}
