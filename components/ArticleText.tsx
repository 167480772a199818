import Link from "next/link";
import type { ArticleRun } from "@/lib/article-highlights";
import { eventPath } from "@/lib/passages";
import { typeClass } from "@/lib/event-style";

/**
 * An article's text with every event passage highlighted. Each highlight carries the anchors
 * the timeline's panel links to and is followed by links to the events it reports.
 */
export function ArticleText({ runs }: { runs: ArticleRun[] }) {
  return (
    <div className="whitespace-pre-line text-[1.0625rem] leading-8 text-slate-800">
      {runs.map((run, i) =>
        run.kind === "text" ? (
          <span key={i}>{run.text}</span>
        ) : (
          <span key={i}>
            <mark className="passage">
              {run.pieces.map((piece, j) => (
                <span key={j}>
                  {piece.anchors.map((a) => (
                    <span key={a} id={a} />
                  ))}
                  {piece.text}
                </span>
              ))}
            </mark>
            {run.events.map((e) => (
              <Link
                key={e.id}
                href={eventPath(e.id)}
                className="ml-1 inline-flex max-w-full items-center gap-1 whitespace-normal rounded-full border border-slate-300 bg-white px-2 align-[0.1em] text-xs leading-5 font-medium text-blue-800 hover:border-blue-700 hover:text-blue-950"
              >
                <span className={`type-swatch ${typeClass(e.type)}`} aria-hidden="true" />
                <span className="sr-only">Event: </span>
                {e.title}
              </Link>
            ))}
          </span>
        ),
      )}
    </div>
  );
}
