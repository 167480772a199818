"use client";

import type { MouseEvent, ReactNode } from "react";
import { eventPath } from "@/lib/passages";
import { withQuery } from "@/lib/base-path";
import { useSelection } from "@/components/SelectionContext";

/**
 * A real link to the event's page, so it works without JavaScript, opens in a new tab and
 * can be copied (with the current filters, so a new tab shows the same view); a plain click
 * selects the event in place and moves focus to its panel.
 */
export function EventLink({ eventId, className, children }: { eventId: string; className?: string; children: ReactNode }) {
  const { selectedId, select, query } = useSelection();
  function onClick(e: MouseEvent<HTMLAnchorElement>) {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    select(eventId, "panel");
  }
  return (
    <a href={withQuery(eventPath(eventId), query)} onClick={onClick} aria-current={selectedId === eventId ? "true" : undefined} className={className}>
      {children}
    </a>
  );
}
