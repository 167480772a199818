import Link from "next/link";
import type { ArticleEventEntry } from "@/lib/article-highlights";
import { formatEventDateShort, groupDigits, typeLabel } from "@/lib/format";
import { eventPath } from "@/lib/passages";
import { ArticleEventItem } from "@/components/ArticleMarks";
import { TypeIconRef } from "@/components/TypeIcon";

/**
 * The events an article reports, listed beside its text: date, type, headline (opening the
 * event) and a link to each of the event's passages in the text. Passage links are named
 * "Passage 2 of <headline>" for screen readers, since every event has a "Passage 1".
 */
/** `total`: how many events quote the article; past the ones listed, a link to all of them on the timeline. */
export function ArticleEvents({ events, total, allOnTimeline }: { events: ArticleEventEntry[]; total: number; allOnTimeline: string }) {
  return (
    <section aria-labelledby="article-events" className="min-w-0 rounded-xl border border-slate-200 bg-white p-5 shadow-sm lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:overflow-y-auto lg:overscroll-contain">
      <h2 id="article-events" className="text-base font-semibold">
        Events in this article ({groupDigits(total)})
      </h2>
      {total > events.length && (
        <p className="mt-2 text-sm text-slate-700">
          The first {groupDigits(events.length)} are listed and highlighted here.{" "}
          <Link href={allOnTimeline} className="text-blue-800 underline underline-offset-2 hover:text-blue-950">
            See all {groupDigits(total)} on the timeline
          </Link>
          .
        </p>
      )}
      {events.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">No event on the timeline quotes this article, so nothing in its text is highlighted.</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {events.map((e) => (
            <ArticleEventItem key={e.id} eventId={e.id} className="reader-event rounded-lg border border-slate-200 p-3 text-sm">
              <p className="flex flex-wrap items-center gap-x-2 gap-y-0.5 text-xs text-slate-700">
                <span>{e.date ? formatEventDateShort(e.date) : "Date unresolved"}</span>
                <span aria-hidden="true">·</span>
                <span className="inline-flex items-center gap-1">
                  <TypeIconRef type={e.type} className="h-3.5 w-3.5" />
                  {typeLabel(e.type)}
                </span>
              </p>
              <h3 className="mt-1 font-medium leading-snug">
                <Link href={eventPath(e.id)} className="text-blue-800 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-800">
                  {e.title}
                </Link>
              </h3>
              {e.passages.length > 0 ? (
                <ul className="mt-1.5 flex flex-wrap gap-1.5" aria-label={`Passages of ${e.title}`}>
                  {e.passages.map((p) => (
                    <li key={p.anchor}>
                      <a href={`#${p.anchor}`} className="passage-jump">
                        Passage {p.number}
                        <span className="sr-only"> of {e.title}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-1.5 text-xs text-slate-600">Its passage could not be placed in this text.</p>
              )}
            </ArticleEventItem>
          ))}
        </ul>
      )}
    </section>
  );
}
