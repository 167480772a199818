"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { useSelection } from "@/components/SelectionContext";

/** The panel's headline; takes focus when the panel was opened from a list, for keyboard users. */
export function PanelHeading({ eventId, children }: { eventId: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { claimPanelFocus } = useSelection();
  useEffect(() => {
    const heading = ref.current;
    if (heading && claimPanelFocus(eventId)) {
      heading.focus({ preventScroll: true });
      heading.scrollIntoView({ block: "nearest" });
    }
  }, [eventId, claimPanelFocus]);
  return (
    <h2 id="event-heading" ref={ref} tabIndex={-1} className="mt-2 text-xl font-semibold leading-snug text-slate-900">
      {children}
    </h2>
  );
}
