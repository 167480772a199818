"use client";

import { useSelection } from "@/components/SelectionContext";

/** Next to an actor in the panel: narrows the timeline and lists to the events this actor is in. */
export function ActorFilterButton({ name }: { name: string }) {
  const { filterByActor } = useSelection();
  return (
    <button
      type="button"
      onClick={() => filterByActor(name)}
      className="ml-1 rounded border border-slate-300 px-1 text-xs text-slate-700 hover:bg-slate-100"
      aria-label={`Show only events with ${name}`}
    >
      only
    </button>
  );
}
