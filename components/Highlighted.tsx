import { highlightParts } from "@/lib/highlight";

/** The passage a search matched when the headline did not, quoted with its matches marked. */
export function MatchExcerpt({ excerpt, terms, className }: { excerpt: string; terms: ReadonlySet<string>; className: string }) {
  return (
    <span className={`text-xs italic text-slate-700 ${className}`}>
      “<Highlighted text={excerpt} terms={terms} />”
    </span>
  );
}

/** Text with the search's matches in <mark>: built from text parts, never from HTML. */
export function Highlighted({ text, terms }: { text: string; terms: ReadonlySet<string> | undefined }) {
  if (!terms?.size) return <>{text}</>;
  return (
    <>
      {highlightParts(text, terms).map((part, i) =>
        part.hit ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-slate-900">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
