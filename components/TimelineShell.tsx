"use client";

/**
 * The layout shared by `/` and `/events/<id>/`: filters, chart, legend and lists stay mounted
 * while the selected event's panel (the page, `children`) changes. Selecting is a client-side
 * navigation to `/events/<id>/` (history.pushState through Next's router), closing goes back
 * to `/`, and the filters, search and visible window ride along in the query string, so the
 * address bar always names what is shown and back/forward work. Only the selected event's
 * details are fetched, never all of them.
 */
import dynamic from "next/dynamic";
import { usePathname, useRouter } from "next/navigation";
import { startTransition, useCallback, useEffect, useMemo, useOptimistic, useRef, useState, useTransition, type KeyboardEvent, type ReactNode } from "react";
import type { TimelineEntry } from "@/lib/view";
import type { TimelineData } from "@/lib/timeline-file";
import { useArticleTitles, useTimelineData, type TimelineDataState } from "@/components/useTimelineData";
import { eventPath } from "@/lib/passages";
import { withBasePath } from "@/lib/base-path";
import { useDevDataReload } from "@/components/useDevDataReload";
import { idFromPath } from "@/lib/event-pages";
import { groupDigits } from "@/lib/format";
import { facetsOf, matchesView } from "@/lib/filters";
import { excerptAround, hasHit } from "@/lib/highlight";
import { clearFilters, parseViewState, type Display, type TableSort } from "@/lib/url-state";
import { SelectionContext, type FocusTarget } from "@/components/SelectionContext";
import { DatedEventList, UndatedEventList, type ListHighlight } from "@/components/EventLists";
import { DisplaySwitch } from "@/components/EventTableSwitch";
import { DownloadMenu } from "@/components/DownloadMenu";
import { FilterBar } from "@/components/FilterBar";
import { useLocationSearch } from "@/components/useLocationSearch";
import { KeyHint } from "@/components/KeyHint";
import { ChartToolbar } from "@/components/ChartToolbar";
import { Legend } from "@/components/Legend";
import type { TimelineControls, VisibleWindow } from "@/components/timeline-types";
import { useSearch } from "@/components/useSearch";
import { useTimelineKeys } from "@/components/useTimelineKeys";
import { useStableArray } from "@/components/useStableArray";
import { useUpdateView } from "@/components/useViewUrl";

/** The chart's room while it loads. Keep in step with CHART_HEIGHT_CLASS in Timeline.tsx (not imported: that would pull the chart into this bundle). */
function ChartPlaceholder({ children }: { children: ReactNode }) {
  return <div className="flex h-[18rem] items-center lg:h-[22rem] justify-center rounded-lg bg-slate-100 text-sm text-slate-600">{children}</div>;
}

type Chart = (typeof import("@/components/Timeline"))["default"];
type ChartState = Chart | "loading" | "failed";

/**
 * The chart's code, a chunk of its own loaded in the browser only, from the first render on (in
 * parallel with the timeline file of a big corpus). Not through next/dynamic: that suspends, and
 * React holds a Suspense boundary's content back until 300 ms after its fallback showed
 * (FALLBACK_THROTTLE_MS in react-dom), which landed on every first draw of the chart.
 */
function useChart(): ChartState {
  const [chart, setChart] = useState<ChartState>("loading");
  useEffect(() => {
    let live = true;
    import("@/components/Timeline").then(
      (module) => live && setChart(() => module.default),
      () => live && setChart("failed"),
    );
    return () => {
      live = false;
    };
  }, []);
  return chart;
}

// The list view's table, like the chart, only in the browser and only once asked for.
const EventTable = dynamic(() => import("@/components/EventTable"), {
  ssr: false,
  loading: () => <div className="flex min-h-[10rem] items-center justify-center rounded-lg bg-slate-100 text-sm text-slate-600">Loading list…</div>,
});

/**
 * The panel as a bottom sheet below lg: fixed to the bottom edge, half the screen, scrolling inside.
 * A fixed height, not a maximum: a sheet that grew with its content would move its top edge while
 * the page's HTML is still arriving (a layout shift).
 */
const SHEET =
  "max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:z-40 max-lg:h-[50vh] max-lg:overflow-y-auto max-lg:overscroll-contain max-lg:rounded-t-2xl max-lg:border-t max-lg:border-slate-300 max-lg:bg-white max-lg:shadow-[0_-8px_24px_rgba(15,23,42,0.18)]";


interface Props {
  /** Every event's entry and the articles, in the page (small corpora); null: load the timeline file. */
  inline: TimelineData | null;
  /** How many events there are, known before they load. */
  total: number;
  /** `npm run dev` only: the events file the page was made from (lib/data.ts dataVersion). */
  dataVersion: string;
  children: ReactNode;
}

const NO_ENTRIES: TimelineEntry[] = [];
const NO_ARTICLES: TimelineData["articles"] = [];

/**
 * The query string is only known in the browser: pre-rendered HTML (and readers without JavaScript)
 * get the unfiltered view, and the browser then shows the view its address asks for.
 * Past TIMELINE_INLINE_EVENTS the entries are not in the HTML: the same view renders empty (the
 * panel, `children`, already there) until the timeline file has loaded, then fills in.
 */
export function TimelineShell({ inline, total, dataVersion, children }: Props) {
  const loaded = useTimelineData(inline);
  useDevDataReload(dataVersion);
  const chart = useChart();
  return (
    <ShellView chart={chart} entries={loaded.data?.entries ?? NO_ENTRIES} articles={loaded.data?.articles ?? NO_ARTICLES} loading={loaded.status} inlined={inline !== null} total={total} query={useLocationSearch()}>
      {children}
    </ShellView>
  );
}

interface ViewProps {
  chart: ChartState;
  entries: TimelineEntry[];
  articles: TimelineData["articles"];
  loading: TimelineDataState["status"];
  /** Whether the page carried the entries (the lists are then in its HTML). */
  inlined: boolean;
  total: number;
  query: string;
  children: ReactNode;
}

function ShellView({ chart: Timeline, entries, articles: named, loading, inlined, total, children, query }: ViewProps) {
  // Big corpora name their articles by id until the source filter is used (its titles are a file of their own).
  const [sourcesWanted, setSourcesWanted] = useState(false);
  const articles = useArticleTitles(named, inlined, sourcesWanted || new URLSearchParams(query).has("source"));
  const router = useRouter();
  const pathId = idFromPath(usePathname());
  const [selectedId, setOptimisticId] = useOptimistic(pathId);
  const [pending, startNavigation] = useTransition();
  const panelFocusFor = useRef<string | null>(null);
  const timelineHeadingRef = useRef<HTMLHeadingElement>(null);
  const controlsRef = useRef<TimelineControls | null>(null);

  const facets = useMemo(() => facetsOf(entries, articles), [entries, articles]);
  const known = useMemo(() => ({ actors: new Set(facets.actors.map((a) => a.name)), sources: new Set(articles.map((a) => a.id)) }), [facets, articles]);
  const view = useMemo(() => parseViewState(new URLSearchParams(query), known), [query, known]);
  const update = useUpdateView(known);
  const search = useSearch(view.q);

  const select = useCallback(
    (id: string | null, focus: FocusTarget = null) => {
      const path = id ? eventPath(id) : "/";
      if (window.location.pathname === withBasePath(path)) return;
      panelFocusFor.current = focus === "panel" ? id : null;
      // Closing: the timeline heading is always there, so focus can move at once.
      if (focus === "timeline") timelineHeadingRef.current?.focus();
      // The view (filters, search, window) stays as it is: read it from the address right now.
      const target = `${path}${window.location.search}`;
      startNavigation(() => {
        setOptimisticId(id);
        router.push(target, { scroll: false });
      });
    },
    [router, setOptimisticId],
  );
  // Keyboard and screen-reader users land on the panel they opened from a list.
  const claimPanelFocus = useCallback((eventId: string) => {
    if (panelFocusFor.current !== eventId) return false;
    panelFocusFor.current = null;
    return true;
  }, []);
  const filterByActor = useCallback((name: string) => update((v) => ({ ...v, actors: [name] }), "push"), [update]);
  const selection = useMemo(() => ({ selectedId, select, claimPanelFocus, query, filterByActor }), [selectedId, select, claimPanelFocus, query, filterByActor]);

  // The same array while the same events pass: moving the window (it is in the address) must not redraw lists and chart.
  const shown = useStableArray(useMemo(() => entries.filter((e) => matchesView(e, view, search.hits)), [entries, view, search.hits]));
  const shownIds = useMemo(() => new Set(shown.map((e) => e.id)), [shown]);
  const dated = useMemo(() => shown.filter((e) => e.date), [shown]);
  const undated = useMemo(() => shown.filter((e) => !e.date), [shown]);
  // A big corpus: the chart first, then the lists (thousands of rows take seconds to lay out).
  // A small one's lists are in the page's HTML already.
  const [chartDrawn, setChartDrawn] = useState(false);
  // A transition: the lists' rows render in slices, after the chart's first frame, not in one task.
  const onChartDrawn = useCallback(() => startTransition(() => setChartDrawn(true)), []);
  const totals = useMemo(() => ({ dated: entries.filter((e) => e.date).length, undated: entries.filter((e) => !e.date).length }), [entries]);

  const titles = useMemo(() => new Map(entries.map((e) => [e.id, e.title])), [entries]);
  const highlights = useMemo(() => {
    const map = new Map<string, ListHighlight>();
    for (const [id, hit] of search.hits ?? []) {
      const terms = new Set(hit.terms);
      const title = titles.get(id) ?? "";
      // The headline shows its own matches; a passage is quoted only when the match is there alone.
      const excerpt = hasHit(title, terms) ? null : (hit.passages.map((p) => excerptAround(p, terms)).find(Boolean) ?? null);
      map.set(id, { terms, excerpt });
    }
    return map;
  }, [search.hits, titles]);
  // The same element while its inputs stay: moving the chart's window re-renders this view, not thousands of list rows.
  const showList = useCallback(() => update((v) => ({ ...v, display: "list" }), "push"), [update]);
  const lists = useMemo(
    () => (
      <>
        <DatedEventList entries={dated} total={totals.dated} highlights={highlights} onShowAll={showList} />
        <UndatedEventList entries={undated} total={totals.undated} highlights={highlights} onShowAll={showList} />
      </>
    ),
    [dated, undated, totals, highlights, showList],
  );

  const status =
    loading === "loading"
      ? `Loading ${groupDigits(total)} events…`
      : loading === "failed"
        ? "The events could not be loaded: reload the page to try again."
        : search.status === "loading"
          ? "Searching…"
          : search.status === "failed"
            ? "Search is unavailable; filters still apply."
            : `${shown.length} of ${entries.length} events`;

  const visibleWindow: VisibleWindow | null = useMemo(() => (view.start && view.end ? { start: view.start, end: view.end } : null), [view.start, view.end]);
  const onWindowChange = useCallback(
    (w: VisibleWindow | null) => update((v) => ({ ...v, start: w?.start ?? null, end: w?.end ?? null }), "replace"),
    [update],
  );
  const pickOnChart = useCallback((id: string | null) => select(id), [select]);
  const openPanel = useCallback(() => {
    if (!selectedId) return;
    const heading = document.getElementById("event-heading");
    if (pathId === selectedId && heading) heading.focus();
    else panelFocusFor.current = selectedId; // the panel is on its way: its heading takes focus when it mounts
  }, [selectedId, pathId]);
  // A shared link opened on a phone: the panel is a sheet over the lower half, so bring the chart
  // (with the event selected on it) into the upper half, once, on arrival.
  const arrivedWith = useRef(pathId);
  useEffect(() => {
    if (arrivedWith.current && window.matchMedia("(max-width: 1023.98px)").matches) {
      document.getElementById("chart-controls")?.scrollIntoView({ block: "start" });
    }
  }, []);
  const onKeyDown = useTimelineKeys({ entries, shownIds, selectedId, select, openPanel, controlsRef });

  // The list view: a table of every shown event (dated or not) in place of the chart and the two lists.
  const listView = view.display === "list";
  const showAs = useCallback((display: Display) => update((v) => ({ ...v, display }), "push"), [update]);
  const sortTable = useCallback((sort: TableSort) => update((v) => ({ ...v, sort }), "push"), [update]);
  // In the table the chart's keys (Left/Right, +/-) have nothing to act on; Escape still closes the panel.
  const onListKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.key === "Escape") onKeyDown(e);
    },
    [onKeyDown],
  );

  return (
    <SelectionContext value={selection}>
      <div className={`grid gap-5 lg:grid-cols-[minmax(0,1fr)_27rem] print:block print:space-y-5 ${selectedId ? "max-lg:pb-[50vh] print:pb-0" : ""}`}>
        <section aria-labelledby="timeline-heading" onKeyDown={listView ? onListKeyDown : onKeyDown} className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <div className="relative mb-2 flex flex-wrap items-center justify-between gap-2">
            <h1 id="timeline-heading" ref={timelineHeadingRef} tabIndex={-1} className="text-lg font-semibold">
              Timeline
            </h1>
            <div className="flex flex-wrap items-center gap-2">
              <DownloadMenu shown={shown} all={entries} lanes={view.lanes} ready={loading === "ready"} />
              <DisplaySwitch display={view.display} onChange={showAs} />
            </div>
          </div>
          <noscript>
            <p className="mb-2 text-sm text-slate-700">
              {inlined ? "The interactive timeline needs JavaScript. Every event is listed below." : "The timeline and its lists need JavaScript; each event's own page reads without it."}
            </p>
          </noscript>
          <div className="print:hidden">
            <FilterBar view={view} facets={facets} update={update} onClear={() => update(clearFilters, "push")} status={status} onSourcesWanted={() => setSourcesWanted(true)} />
          </div>
          <p className="mb-2 hidden text-sm print:block">{status}</p>
          {loading !== "ready" ? (
            <>
              {!listView && <ChartToolbar lanes={view.lanes} onLanes={(lanes) => update((v) => ({ ...v, lanes }), "push")} controlsRef={controlsRef} />}
              <ChartPlaceholder>{status}</ChartPlaceholder>
            </>
          ) : listView ? (
            <EventTable entries={shown} sort={view.sort} onSort={sortTable} highlights={highlights} />
          ) : totals.dated > 0 ? (
            <>
              <ChartToolbar lanes={view.lanes} onLanes={(lanes) => update((v) => ({ ...v, lanes }), "push")} controlsRef={controlsRef} />
              {Timeline === "loading" ? (
                <ChartPlaceholder>Loading timeline…</ChartPlaceholder>
              ) : Timeline === "failed" ? (
                <ChartPlaceholder>The timeline could not be loaded: reload the page to try again. The lists below still work.</ChartPlaceholder>
              ) : (
                <Timeline
                  entries={dated}
                  selectedId={selectedId}
                  onSelect={pickOnChart}
                  visibleWindow={visibleWindow}
                  onWindowChange={onWindowChange}
                  controlsRef={controlsRef}
                  lanes={view.lanes}
                  onDrawn={onChartDrawn}
                />
              )}
            </>
          ) : (
            <p className="text-sm text-slate-600">No dated events to draw.</p>
          )}
          {!listView && <KeyHint />}
          <Legend types={facets.types} />
        </section>

        {/*
          Beside the chart from lg up. Below that, an open event is a bottom sheet over the lower part
          of the screen (the chart stays in view above it, and the page gets room to scroll past it);
          with nothing selected the "no event" note is left out on small screens.
        */}
        <div
          aria-busy={pending}
          data-sheet={selectedId ? "open" : undefined}
          className={`transition-opacity aria-busy:opacity-60 lg:sticky lg:top-4 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto print:static print:max-h-none print:overflow-visible ${
            selectedId ? SHEET : "max-lg:hidden"
          }`}
          onKeyDown={(e) => {
            if (e.key === "Escape" && pathId) select(null, "timeline");
          }}
        >
          {children}
        </div>

        {!listView && loading === "ready" && (inlined || chartDrawn || Timeline === "failed" || totals.dated === 0) && (
          <div className="grid min-w-0 items-start gap-5 md:grid-cols-2 lg:col-start-1 lg:row-start-2">
            {lists}
          </div>
        )}
      </div>
    </SelectionContext>
  );
}
