"use client";

import dynamic from "next/dynamic";
import { EventShellFrame } from "@/components/EventShellFrame";

/**
 * The app shell's panel, as a chunk of its own: a server page that imports a client component
 * directly puts it in that page's bundle, so every prerendered event page would carry it.
 * Its server HTML is the "Loading the event…" frame (the event is only known in the browser).
 */
export const EventShellLoader = dynamic(() => import("@/components/EventShell").then((m) => m.EventShell), {
  ssr: false,
  loading: () => <EventShellFrame state="loading" />,
});
