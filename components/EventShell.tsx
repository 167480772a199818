"use client";

import { usePathname } from "next/navigation";
import { idFromPath } from "@/lib/event-pages";
import { EventPanel } from "@/components/EventPanel";
import { useEventDetail } from "@/components/useEventDetail";
import { EventShellFrame } from "@/components/EventShellFrame";
import { useShellTitle } from "@/components/useShellTitle";

/**
 * Loaded only on the app shell's page (components/EventShellLoader.tsx), so event pages with a
 * panel from the server do not carry this code.
 * The panel of an event that has no prerendered page (lib/event-pages.ts): the server (proxy.ts) or
 * the static host answers its address with this page, which reads the id from the address and
 * builds the same panel in the browser.
 */
export function EventShell() {
  const id = idFromPath(usePathname());
  const detail = useEventDetail(id);
  useShellTitle(detail.value?.event.title, id, idFromPath);
  if (detail.status === "ready") return <EventPanel view={detail.value} />;
  return <EventShellFrame state={detail.status} />;
}
