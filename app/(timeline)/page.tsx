import { preloadTimelineFile } from "./timeline-file";

/** `/`: the timeline with no event selected. */
export default function HomePage() {
  preloadTimelineFile();
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white/60 p-5 text-sm text-slate-700">
      <h2 className="font-semibold text-slate-900">No event selected</h2>
      <p className="mt-1">
        Select an event on the timeline or in the lists to read the passages that report it. Each event has its own link you
        can share.
      </p>
    </div>
  );
}
