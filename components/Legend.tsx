import type { EventType } from "@/lib/schema";
import { typeLabel } from "@/lib/format";
import { TypeIcon } from "@/components/TypeIcon";

/** The colours of the event types present, and how scheduled events are drawn. */
export function Legend({ types }: { types: EventType[] }) {
  return (
    <div className="mt-3">
      <h2 className="sr-only">Legend</h2>
      <ul className="flex flex-wrap gap-x-4 gap-y-1.5 text-xs text-slate-700">
        {types.map((t) => (
          <li key={t} className="flex items-center gap-1.5">
            <TypeIcon type={t} />
            {typeLabel(t)}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span className="inline-block h-3 w-5 rounded-sm border border-dashed border-slate-600 bg-white" aria-hidden="true" />
          Scheduled (not yet happened)
        </li>
      </ul>
    </div>
  );
}
