import Link from "next/link";
import type { ArticleRun, HighlightedPassage, PassagePiece } from "@/lib/article-highlights";
import { eventPath } from "@/lib/passages";
import { ArticleMark } from "@/components/ArticleMarks";
import { TypeIconRef } from "@/components/TypeIcon";

/**
 * An article's text with every event passage highlighted. Each highlight carries the anchors
 * the timeline's panel and the side list link to; its words open the event they report (when
 * only one event quotes them), and it is followed by a link to itself (¶) and links to its events:
 * the first EVENT_LINKS_SHOWN, then one to the side list, which has them all (a wire story's
 * sentence may be quoted by dozens of events, and a row of dozens of links would bury the text).
 * Icons are references to the page's TypeIconSymbols.
 */
export function ArticleText({ runs }: { runs: ArticleRun[] }) {
  return (
    <div className="reader-text whitespace-pre-line text-[1.0625rem] leading-8 text-slate-800">
      {runs.map((run, i) => (run.kind === "text" ? <span key={i}>{run.text}</span> : <Highlight key={i} passage={run} />))}
    </div>
  );
}

const EVENT_LINKS_SHOWN = 3;

function Highlight({ passage }: { passage: HighlightedPassage }) {
  const titles = new Map(passage.events.map((e) => [e.id, e.title]));
  const { first } = passage;
  const more = passage.events.length - EVENT_LINKS_SHOWN;
  return (
    <span>
      <ArticleMark eventIds={passage.events.map((e) => e.id)} anchors={passage.pieces.flatMap((p) => p.anchors)}>
        {passage.pieces.map((piece, j) => (
          <Piece key={j} piece={piece} title={piece.eventIds.length === 1 ? titles.get(piece.eventIds[0]!) : undefined} />
        ))}
      </ArticleMark>
      <a href={`#${first.anchor}`} className="passage-permalink" aria-label={`Link to passage ${first.number} of ${first.eventTitle}`}>
        ¶
      </a>
      {passage.events.slice(0, more > 0 ? EVENT_LINKS_SHOWN : undefined).map((e) => (
        <Link key={e.id} href={eventPath(e.id)} className="passage-event">
          <TypeIconRef type={e.type} className="h-3.5 w-3.5" />
          <span className="sr-only">Event: </span>
          {e.title}
        </Link>
      ))}
      {more > 0 && (
        <a href="#article-events" className="passage-event">
          {more} more {more === 1 ? "event" : "events"}
          <span className="sr-only"> quoting this passage, in the list of events</span>
        </a>
      )}
    </span>
  );
}

/**
 * Words quoted by exactly one event link to it; words several events quote are left as text,
 * since the links after the highlight name each of them.
 */
function Piece({ piece, title }: { piece: PassagePiece; title: string | undefined }) {
  const anchors = piece.anchors.map((a) => <span key={a} id={a} />);
  const eventId = piece.eventIds.length === 1 ? piece.eventIds[0] : undefined;
  if (!eventId) {
    return (
      <span>
        {anchors}
        {piece.text}
      </span>
    );
  }
  return (
    <>
      {anchors}
      <Link href={eventPath(eventId)} className="passage-link" title={title ? `Open the event: ${title}` : undefined}>
        {piece.text}
      </Link>
    </>
  );
}
