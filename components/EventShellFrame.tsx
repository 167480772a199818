import type { ShellState } from "@/components/useLoadedById";

const HEADINGS: Record<ShellState, string> = { loading: "Loading the event…", missing: "Event not found", failed: "The event could not be loaded" };

/** The app shell's panel until (or instead of) the event: loading, not found, or failed. */
export function EventShellFrame({ state }: { state: ShellState }) {
  return (
    <section aria-labelledby="event-heading" aria-busy={state === "loading"} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <h2 id="event-heading" tabIndex={-1} className="text-xl font-semibold leading-snug text-slate-900">
        {HEADINGS[state]}
      </h2>
      {state === "missing" && <p className="mt-2 text-sm text-slate-700">No event has this address. It may have been mistyped, or come from another collection.</p>}
      {state === "failed" && <p className="mt-2 text-sm text-slate-700">Check the connection and reload the page.</p>}
    </section>
  );
}
