import Link from "next/link";
import type { Metadata } from "next";
import { getTimelineEntries } from "@/lib/data";
import { eventPath } from "@/lib/passages";
import { MissingPath } from "@/components/MissingPath";

export const metadata: Metadata = { title: "Not found" };

/** One helpful 404 for unknown events, articles and addresses: says what is missing and where to go. */
export default function NotFound() {
  // Not a filter over every entry: this component is rendered into every page's payload (the root
  // not-found boundary), and at 100,000 events that filter was a tenth of the site build's time.
  // Entries are chronological with the undated last, so the dated among the first five are the first dated.
  const some = getTimelineEntries()
    .slice(0, 5)
    .filter((e) => e.date);
  return (
    <div className="mx-auto max-w-2xl rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-xl font-semibold">Not found</h1>
      <div className="mt-2 text-slate-700">
        <MissingPath />
      </div>
      <p className="mt-4">
        <Link href="/" className="font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950">
          Back to the timeline of all events
        </Link>
      </p>
      {some.length > 0 && (
        <>
          <h2 className="mt-6 text-base font-semibold">Some events in this timeline</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {some.map((e) => (
              <li key={e.id}>
                <span className="text-slate-600">{e.dateShort}</span>{" "}
                <Link href={eventPath(e.id)} className="text-blue-800 underline underline-offset-2 hover:text-blue-950">
                  {e.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
