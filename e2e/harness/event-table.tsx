/**
 * A test page for the list view's table with as many rows as its root asks for (`data-rows`): the real
 * components/EventTable.tsx, bundled by e2e/list-view.spec.ts with esbuild and mounted in a blank
 * page that carries the built site's stylesheet. The site's own data has a handful of events, too
 * few to show virtualization; this never ships with the app (it is not a route, nor imported by one).
 */
import { useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import EventTable from "@/components/EventTable";
import { SelectionContext, type Selection } from "@/components/SelectionContext";
import type { TableSort } from "@/lib/url-state";
import { syntheticEntries } from "./synthetic-entries";

declare global {
  interface Window {
    /** What the table asked for: the ids it opened, the orders it asked for. */
    tableHarness: { opened: string[]; sorts: TableSort[] };
  }
}

function Harness({ count }: { count: number }) {
  const entries = useMemo(() => syntheticEntries(count), [count]);
  const [sort, setSort] = useState<TableSort>({ by: "date", descending: false });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selection: Selection = useMemo(
    () => ({
      selectedId,
      select: (id) => {
        setSelectedId(id);
        if (id) window.tableHarness.opened.push(id);
      },
      claimPanelFocus: () => false,
      query: "",
      filterByActor: () => {},
    }),
    [selectedId],
  );
  const onSort = (next: TableSort) => {
    window.tableHarness.sorts.push(next);
    setSort(next);
  };
  return (
    <SelectionContext value={selection}>
      <EventTable entries={entries} sort={sort} onSort={onSort} highlights={new Map()} />
    </SelectionContext>
  );
}

window.tableHarness = { opened: [], sorts: [] };
const root = document.getElementById("root")!;
createRoot(root).render(<Harness count={Number(root.dataset.rows ?? "10000")} />);
