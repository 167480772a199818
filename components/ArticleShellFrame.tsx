import { BackToTimeline } from "@/components/BackToTimeline";
import type { ShellState } from "@/components/useLoadedById";

const HEADINGS: Record<ShellState, string> = {
  loading: "Loading the article…",
  missing: "Article not found",
  failed: "The article could not be loaded",
};

/** The article app shell's page until (or instead of) the article: loading, not found, or failed. */
export function ArticleShellFrame({ state }: { state: ShellState }) {
  return (
    <div className="mx-auto max-w-6xl">
      <p className="text-sm">
        <BackToTimeline />
      </p>
      <section aria-busy={state === "loading"} className="mt-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-7">
        <h1 className="text-2xl font-semibold leading-tight tracking-tight">{HEADINGS[state]}</h1>
        {state === "missing" && <p className="mt-2 text-slate-700">No article in this collection has this address. It may have been mistyped, or come from another collection.</p>}
        {state === "failed" && <p className="mt-2 text-slate-700">Check the connection and reload the page.</p>}
      </section>
    </div>
  );
}
