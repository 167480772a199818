import Link from "next/link";
import type { IdResolution } from "@/lib/id-registry";
import { eventPath } from "@/lib/passages";
import { withBasePath } from "@/lib/base-path";
import { timexInWords } from "@/lib/format";

interface Successor {
  id: string;
  title: string;
  dateShort: string | null;
}

interface Props {
  resolution: Exclude<IdResolution, { kind: "live" }>;
  successors: Successor[];
  /**
   * Static export only: a page cannot answer 308 there, so it sends the browser on with a meta refresh
   * (the server build answers with a real 308 and never renders this for a moved id).
   */
  refreshTo: string | null;
}

const HEADINGS = {
  moved: "This event has a new address",
  split: "This event is now several events",
  gone: "This event is no longer in the timeline",
} as const;

/**
 * The page at an event address given out once that no event has any more: where its event went
 * (renamed, merged, split) or why it is gone. Links shared before keep leading somewhere useful.
 */
export function RetiredEvent({ resolution, successors, refreshTo }: Props) {
  const { entry } = resolution;
  const was = (
    <>
      “{entry.title}”<span className="text-slate-600"> ({entry.date ? timexInWords(entry.date) : "undated"})</span>
    </>
  );
  return (
    <section aria-labelledby="event-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      {/* React puts these in the document head. */}
      {refreshTo && <meta httpEquiv="refresh" content={`0; url=${withBasePath(refreshTo)}`} />}
      <h2 id="event-heading" tabIndex={-1} className="text-xl font-semibold leading-snug text-slate-900">
        {HEADINGS[resolution.kind]}
      </h2>
      {resolution.kind === "moved" && (
        <p className="mt-3 text-slate-800">
          {was} is now <SuccessorLink successor={successors[0]!} />.
        </p>
      )}
      {resolution.kind === "split" && (
        <>
          <p className="mt-3 text-slate-800">{was} is now reported as:</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {successors.map((s) => (
              <li key={s.id}>
                <SuccessorLink successor={s} />
              </li>
            ))}
          </ul>
        </>
      )}
      {resolution.kind === "gone" && <p className="mt-3 text-slate-800">{was} was in this timeline once.</p>}
      <h3 className="mt-4 text-sm font-semibold text-slate-900">Why</h3>
      {(resolution.kind === "gone" ? resolution.reasons : [entry.reason ?? ""]).filter(Boolean).map((reason) => (
        <p key={reason} className="mt-1 text-sm text-slate-700">
          {reason}
        </p>
      ))}
      <p className="mt-4 border-t border-slate-100 pt-3 text-sm">
        <Link href="/" className="font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950">
          Back to the timeline of all events
        </Link>
      </p>
    </section>
  );
}

/** A live event that carries a retired id on: its headline as a link, then its date. */
function SuccessorLink({ successor }: { successor: Successor }) {
  return (
    <>
      <Link href={eventPath(successor.id)} className="font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950">
        {successor.title}
      </Link>
      {successor.dateShort && <span className="text-slate-600"> ({successor.dateShort})</span>}
    </>
  );
}
