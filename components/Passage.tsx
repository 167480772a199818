import Link from "next/link";
import type { PassageView } from "@/lib/passages";
import { articlePath } from "@/lib/passages";
import { formatDay } from "@/lib/format";

const MARK_LABELS = { trigger: "event", date: "date", actor: "actor", location: "place" } as const;

/** A source passage quoted in context: dimmed text around it, the event's own words marked. */
export function Passage({ passage }: { passage: PassageView }) {
  const hasMarks = passage.parts.some((p) => p.mark);
  // Only textFragmentUrl (lib/passages.ts) makes this, from an address that passed safeHttpUrl; checking the
  // finished URL again would drop the link of an address near the length limit once its fragment is added.
  const { originalUrl } = passage;
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
      <blockquote className="text-[0.9375rem] leading-relaxed">
        {passage.before && <span className="text-slate-500">{passage.before} </span>}
        <span className={hasMarks ? "font-medium text-slate-900" : "font-medium text-slate-900 underline decoration-amber-400 decoration-2 underline-offset-4"}>
          {passage.parts.map((part, i) =>
            part.mark ? (
              <mark key={i} className="event-word" title={MARK_LABELS[part.mark]}>
                {part.text}
              </mark>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )}
        </span>
        {passage.after && <span className="text-slate-500"> {passage.after}</span>}
      </blockquote>
      <figcaption className="mt-2 text-sm text-slate-600">
        {passage.articleTitle ? (
          <>
            <Link
              href={articlePath(passage.articleId, passage.anchor)}
              className="font-medium text-blue-800 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-800"
            >
              {passage.articleTitle}
            </Link>
            {passage.articlePublished && <span> · {formatDay(passage.articlePublished, true)}</span>}
            {originalUrl && (
              <>
                {" · "}
                <a href={originalUrl} rel="noopener noreferrer" className="text-blue-800 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-800">
                  Open original<span className="sr-only"> at the publisher, scrolled to this passage</span>
                </a>
              </>
            )}
          </>
        ) : (
          <span>Article “{passage.articleId}” is not in this collection.</span>
        )}
      </figcaption>
    </figure>
  );
}
