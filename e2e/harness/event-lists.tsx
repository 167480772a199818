/**
 * A test page for the lists under the chart (components/EventLists.tsx) with as many entries as its
 * root asks for (`data-rows`), bundled by e2e/list-cap.spec.ts with esbuild and mounted in a blank
 * page with the built site's stylesheet. The site's own data has too few events to reach the lists'
 * row cap; this never ships with the app (it is not a route, nor imported by one).
 */
import { useMemo } from "react";
import { createRoot } from "react-dom/client";
import { DatedEventList, UndatedEventList } from "@/components/EventLists";
import { SelectionContext, type Selection } from "@/components/SelectionContext";
import { syntheticEntries } from "./synthetic-entries";

declare global {
  interface Window {
    /** How often the lists asked for the list view. */
    listsHarness: { showAll: number };
  }
}

const selection: Selection = { selectedId: null, select: () => {}, claimPanelFocus: () => false, query: "", filterByActor: () => {} };
const showAll = () => {
  window.listsHarness.showAll += 1;
};

function Harness({ count }: { count: number }) {
  const entries = useMemo(() => syntheticEntries(count), [count]);
  const dated = useMemo(() => entries.filter((e) => e.date), [entries]);
  const undated = useMemo(() => entries.filter((e) => !e.date), [entries]);
  return (
    <SelectionContext value={selection}>
      <DatedEventList entries={dated} total={dated.length} highlights={new Map()} onShowAll={showAll} />
      <UndatedEventList entries={undated} total={undated.length} highlights={new Map()} onShowAll={showAll} />
    </SelectionContext>
  );
}

window.listsHarness = { showAll: 0 };
const root = document.getElementById("root")!;
createRoot(root).render(<Harness count={Number(root.dataset.rows ?? "1000")} />);
