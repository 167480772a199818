import type { EventStatus } from "@/lib/schema";
import { STATUS_LABELS } from "@/lib/format";

const STYLES: Record<EventStatus, string> = {
  occurred: "border-slate-300 bg-slate-50 text-slate-700",
  scheduled: "border-dashed border-violet-500 bg-white text-violet-800",
  ongoing: "border-sky-300 bg-sky-50 text-sky-900",
  background: "border-stone-300 bg-stone-50 text-stone-700",
};

/** Scheduled events are drawn dashed everywhere, like on the timeline. */
export function StatusBadge({ status }: { status: EventStatus }) {
  return (
    <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${STYLES[status]}`}>
      {STATUS_LABELS[status]}
    </span>
  );
}
