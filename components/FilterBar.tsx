"use client";

import { useMemo, useRef, useState, type ReactNode } from "react";
import type { EventStatus, EventType } from "@/lib/schema";
import type { Facets } from "@/lib/filters";
import { plural, STATUS_LABELS, typeLabel } from "@/lib/format";
import { loadSearcher } from "@/lib/search";
import { hasFilters, type ViewState } from "@/lib/url-state";
import type { HistoryMode } from "@/components/useViewUrl";
import { FilterPicker, type PickerOption } from "@/components/FilterPicker";
import { TypeIcon } from "@/components/TypeIcon";

interface Props {
  view: ViewState;
  facets: Facets;
  update: (change: (view: ViewState) => ViewState, mode: HistoryMode) => void;
  onClear: () => void;
  /** "5 of 8 events", "Searching…": announced politely as it changes. */
  status: string;
  /** The source filter got focus: its articles' titles are wanted. */
  onSourcesWanted?: () => void;
}

const field =
  "rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 shadow-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30";
// Long article titles must not widen the page on a phone: controls take their column's width.
const control = `w-full min-w-0 ${field}`;
const label = "text-xs font-medium text-slate-700";

/** Articles are picked by title; two articles with one title are told apart by their id. */
function uniqueLabels(sources: ReadonlyArray<{ id: string; title: string }>): PickerOption[] {
  const seen = new Map<string, number>();
  for (const s of sources) seen.set(s.title, (seen.get(s.title) ?? 0) + 1);
  return sources.map((s) => ({ value: s.id, label: !s.title ? s.id : (seen.get(s.title) ?? 0) > 1 ? `${s.title} (${s.id})` : s.title }));
}

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((v) => v !== value);
}

function CheckGroup<T extends string>({ legend, options, chosen, render, onChange, className = "" }: {
  legend: string;
  className?: string;
  options: readonly T[];
  chosen: readonly T[];
  render: (value: T) => ReactNode;
  onChange: (value: T, on: boolean) => void;
}) {
  return (
    <fieldset className={`min-w-0 ${className}`}>
      <legend className={label}>{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
        {options.map((value) => (
          <label key={value} className="flex items-center gap-1.5 text-sm text-slate-800">
            <input type="checkbox" className="h-4 w-4 accent-blue-700" checked={chosen.includes(value)} onChange={(e) => onChange(value, e.target.checked)} />
            {render(value)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Search and filters. Every change goes to the address (pushed, so back undoes it); typing a
 * search pushes once when it starts and then replaces, so back leaves the search in one step.
 */
export function FilterBar({ view, facets, update, onClear, status, onSourcesWanted }: Props) {
  const [text, setText] = useState(view.q);
  const actorOptions = useMemo(
    () => facets.actors.map((a) => ({ value: a.name, label: a.name, hint: plural(a.count, "event") })),
    [facets.actors],
  );
  const sourceOptions = useMemo(() => uniqueLabels(facets.sources), [facets.sources]);
  // Set on the first key of a search, cleared on blur: later keys replace that history entry.
  const typing = useRef(false);

  // The address changed under the field (first load, back/forward, Clear filters): show its search.
  // While typing, the address follows the field, so this changes nothing.
  const [shownQuery, setShownQuery] = useState(view.q);
  if (view.q !== shownQuery) {
    setShownQuery(view.q);
    setText(view.q);
  }

  // Phones: the filters beyond search fold away behind a button (CSS only below lg, so the
  // server HTML and the first paint agree and nothing shifts); from lg up they are always shown.
  const [open, setOpen] = useState(false);
  const more = open ? "" : "max-lg:hidden";
  const active = view.types.length + view.statuses.length + view.actors.length + view.sources.length + (view.from ? 1 : 0) + (view.to ? 1 : 0);

  /** A filter holding several values (actors, articles): what is chosen, and adding or removing one. */
  const listFilter = (key: "actors" | "sources") => ({
    chosen: view[key],
    onAdd: (value: string) => update((v) => ({ ...v, [key]: [...v[key], value] }), "push"),
    onRemove: (value: string) => update((v) => ({ ...v, [key]: v[key].filter((x) => x !== value) }), "push"),
  });

  function search(value: string) {
    setText(value);
    update((v) => ({ ...v, q: value }), typing.current ? "replace" : "push");
    typing.current = true;
  }

  return (
    <section aria-labelledby="filters-heading" className="mb-3 rounded-lg border border-slate-200 bg-slate-50 p-3">
      <h2 id="filters-heading" className="sr-only">
        Filters and search
      </h2>
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-[minmax(12rem,2fr)_minmax(9rem,1fr)_minmax(9rem,1fr)]">
        <div className="flex min-w-0 flex-col gap-1 sm:col-span-2 xl:col-span-1">
          <div className="flex items-end justify-between gap-2">
            <label htmlFor="filter-q" className={label}>
              Search headlines and passages
            </label>
            <button
              type="button"
              aria-expanded={open}
              onClick={() => setOpen((o) => !o)}
              className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-100 lg:hidden"
            >
              {open ? "Hide filters" : active ? `Filters (${active})` : "Filters"}
            </button>
          </div>
          <input
            id="filter-q"
            type="search"
            className={control}
            value={text}
            placeholder="e.g. Geneva"
            autoComplete="off"
            onFocus={() => {
              typing.current = false;
              // Warm up the index while the reader is still typing the first word.
              void loadSearcher().catch(() => {});
            }}
            onBlur={() => {
              typing.current = false;
            }}
            onChange={(e) => search(e.target.value)}
          />
        </div>
        <FilterPicker className={more} label="Actors" placeholder="Any actor" options={actorOptions} inputClassName={control} {...listFilter("actors")} />
        {/* `contents`: the wrapper only hears focus (the titles load then), it takes no place in the layout. */}
        <div className="contents" onFocus={onSourcesWanted}>
          <FilterPicker className={more} label="Source articles" placeholder="Any article" options={sourceOptions} inputClassName={control} {...listFilter("sources")} />
        </div>
      </div>

      <div className={`mt-2 flex flex-wrap items-end gap-x-8 gap-y-2 ${more}`}>
        <fieldset className="flex flex-wrap items-end gap-2">
          <legend className={label}>Date range</legend>
          {(["from", "to"] as const).map((key) => (
            <label key={key} className="mt-1 flex items-center gap-1.5 text-sm text-slate-800">
              {/* One width for both words, so the two fields line up when they wrap on a phone. */}
              <span className="w-9 sm:w-auto">{key === "from" ? "From" : "To"}</span>
              <input
                type="date"
                className={field}
                value={view[key] ?? ""}
                onChange={(e) => update((v) => ({ ...v, [key]: e.target.value || null }), "push")}
              />
            </label>
          ))}
        </fieldset>
        <CheckGroup<EventStatus>
          legend="Status"
          options={facets.statuses}
          chosen={view.statuses}
          render={(s) => STATUS_LABELS[s]}
          onChange={(s, on) => update((v) => ({ ...v, statuses: toggle(v.statuses, s, on) }), "push")}
        />
      </div>

      <div className="mt-2 flex flex-wrap items-end gap-x-8 gap-y-2">
        <CheckGroup<EventType>
          className={more}
          legend="Type"
          options={facets.types}
          chosen={view.types}
          render={(t) => (
            <>
              <TypeIcon type={t} />
              {typeLabel(t)}
            </>
          )}
          onChange={(t, on) => update((v) => ({ ...v, types: toggle(v.types, t, on) }), "push")}
        />
        <div className="ml-auto flex items-center gap-3">
          <p role="status" className="text-sm font-medium text-slate-800">
            {status}
          </p>
          <button
            type="button"
            disabled={!hasFilters(view)}
            onClick={() => {
              setText("");
              onClear();
            }}
            className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50"
          >
            Clear filters
          </button>
        </div>
      </div>
    </section>
  );
}
