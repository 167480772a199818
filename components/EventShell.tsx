"use client";

import { useEffect } from "react";
import { usePathname } from "next/navigation";
import { idFromPath } from "@/lib/event-pages";
import { withoutBasePath } from "@/lib/base-path";
import { SITE_TITLE } from "@/lib/site-settings";
import { EventPanel } from "@/components/EventPanel";
import { useEventDetail } from "@/components/useEventDetail";
import { EventShellFrame } from "@/components/EventShellFrame";

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
  // The shell's own title says only "Event": name the event once it is known, as its page would.
  // Next.js writes that title when the shell's metadata arrives, which may come after this: keep ours.
  const title = detail.view?.event.title;
  useEffect(() => {
    if (!title) return;
    const wanted = `${title} · ${SITE_TITLE}`;
    const apply = () => {
      // Not once the address has moved on to another page (whose title is its own).
      if (idFromPath(withoutBasePath(window.location.pathname)) === id && document.title !== wanted) document.title = wanted;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [title, id]);
  if (detail.status === "ready") return <EventPanel view={detail.view} />;
  return <EventShellFrame state={detail.status} />;
}
