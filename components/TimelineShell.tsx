"use client";

/**
 * The layout shared by `/` and `/events/<id>/`: chart, legend and lists stay mounted while the
 * selected event's panel (the page, `children`) changes. Selecting is a client-side navigation
 * to `/events/<id>/` (history.pushState through Next's router), closing goes back to `/`, so
 * the address bar always names what is shown and back/forward work. Only the selected event's
 * details are fetched, never all of them.
 */
import dynamic from "next/dynamic";
import { usePathname, useRouter } from "next/navigation";
import { useCallback, useMemo, useOptimistic, useRef, useTransition, type ReactNode } from "react";
import type { EventType } from "@/lib/schema";
import type { TimelineEntry } from "@/lib/view";
import { eventPath } from "@/lib/passages";
import { SelectionContext, type FocusTarget } from "@/components/SelectionContext";
import { DatedEventList, UndatedEventList } from "@/components/EventLists";
import { Legend } from "@/components/Legend";

const Timeline = dynamic(() => import("@/components/Timeline"), {
  ssr: false,
  loading: () => (
    <div className="flex min-h-[19rem] items-center justify-center rounded-lg bg-slate-100 text-sm text-slate-600">Loading timeline…</div>
  ),
});

function idFromPath(pathname: string | null): string | null {
  const match = pathname?.match(/^\/events\/([^/]+)\/?$/);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

export function TimelineShell({ entries, children }: { entries: TimelineEntry[]; children: ReactNode }) {
  const router = useRouter();
  const pathId = idFromPath(usePathname());
  const [selectedId, setOptimisticId] = useOptimistic(pathId);
  const [pending, startTransition] = useTransition();
  const panelFocusFor = useRef<string | null>(null);
  const timelineHeadingRef = useRef<HTMLHeadingElement>(null);

  const select = useCallback(
    (id: string | null, focus: FocusTarget = null) => {
      const target = id ? eventPath(id) : "/";
      if (window.location.pathname === target) return;
      panelFocusFor.current = focus === "panel" ? id : null;
      // Closing: the timeline heading is always there, so focus can move at once.
      if (focus === "timeline") timelineHeadingRef.current?.focus();
      startTransition(() => {
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
  const selection = useMemo(() => ({ selectedId, select, claimPanelFocus }), [selectedId, select, claimPanelFocus]);

  const dated = useMemo(() => entries.filter((e) => e.date), [entries]);
  const undated = useMemo(() => entries.filter((e) => !e.date), [entries]);
  const types = useMemo(() => [...new Set(entries.map((e) => e.type))].sort() as EventType[], [entries]);
  const pickOnChart = useCallback((id: string | null) => select(id), [select]);

  return (
    <SelectionContext value={selection}>
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_27rem]">
        <section aria-labelledby="timeline-heading" className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <h1 id="timeline-heading" ref={timelineHeadingRef} tabIndex={-1} className="mb-2 text-lg font-semibold">
            Timeline
          </h1>
          <noscript>
            <p className="mb-2 text-sm text-slate-700">The interactive timeline needs JavaScript. Every event is listed below.</p>
          </noscript>
          {dated.length > 0 ? (
            <Timeline entries={dated} selectedId={selectedId} onSelect={pickOnChart} />
          ) : (
            <p className="text-sm text-slate-600">No dated events to draw.</p>
          )}
          <Legend types={types} />
        </section>

        <div
          aria-busy={pending}
          className="transition-opacity aria-busy:opacity-60 lg:sticky lg:top-4 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto"
          onKeyDown={(e) => {
            if (e.key === "Escape" && pathId) select(null, "timeline");
          }}
        >
          {children}
        </div>

        <div className="grid min-w-0 items-start gap-5 md:grid-cols-2 lg:col-start-1 lg:row-start-2">
          <DatedEventList entries={dated} />
          <UndatedEventList entries={undated} />
        </div>
      </div>
    </SelectionContext>
  );
}
