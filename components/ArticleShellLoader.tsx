"use client";

import dynamic from "next/dynamic";
import { ArticleShellFrame } from "@/components/ArticleShellFrame";

/**
 * The article app shell, as a chunk of its own: a server page that imports a client component
 * directly puts it in that page's bundle, so every prerendered article page would carry it.
 * Its server HTML is the "Loading the article…" frame (the article is only known in the browser).
 */
export const ArticleShellLoader = dynamic(() => import("@/components/ArticleShell").then((m) => m.ArticleShell), {
  ssr: false,
  loading: () => <ArticleShellFrame state="loading" />,
});
