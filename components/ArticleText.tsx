import Link from "next/link";
import type { ArticleRun, HighlightedPassage, PassagePiece } from "@/lib/article-highlights";
import { eventPath } from "@/lib/passages";
import { ArticleMark } from "@/components/ArticleMarks";
import { TypeIcon } from "@/components/TypeIcon";

/**
 * An article's text with every event passage highlighted. Each highlight carries the anchors
 * the timeline's panel and the side list link to; its words open the event they report (when
 * only one event quotes them), and it is followed by a link to itself (¶) and links to its events.
 */
export function ArticleText({ runs }: { runs: ArticleRun[] }) {
  return (
    <div className="reader-text whitespace-pre-line text-[1.0625rem] leading-8 text-slate-800">
      {runs.map((run, i) => (run.kind === "text" ? <span key={i}>{run.text}</span> : <Highlight key={i} passage={run} />))}
    </div>
  );
}

function Highlight({ passage }: { passage: HighlightedPassage }) {
  const titles = new Map(passage.events.map((e) => [e.id, e.title]));
  const { first } = passage;
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
      {passage.events.map((e) => (
        <Link
          key={e.id}
          href={eventPath(e.id)}
          className="ml-1 inline-flex max-w-full items-center gap-1 whitespace-normal rounded-full border border-slate-300 bg-white px-2 align-[0.1em] text-xs leading-5 font-medium text-blue-800 hover:border-blue-700 hover:text-blue-950"
        >
          <TypeIcon type={e.type} className="h-3.5 w-3.5" />
          <span className="sr-only">Event: </span>
          {e.title}
        </Link>
      ))}
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
