"use client";

import { useState } from "react";
import { useSelection } from "@/components/SelectionContext";
import { withQuery } from "@/lib/base-path";

/**
 * Copies the absolute address of a page (the event's shareable link, with the current view) and says so in a live
 * region, so screen-reader users hear the result too. When the clipboard is not available,
 * the status shows the address instead so it can be copied by hand.
 * Give it `key={path}` so a new link starts without the previous confirmation.
 */
export function CopyLinkButton({ path }: { path: string }) {
  const [status, setStatus] = useState("");
  // The view's filters, search and window travel with the link, so it reopens exactly this view.
  const { query } = useSelection();

  async function copy() {
    const url = new URL(withQuery(path, query), window.location.origin).href;
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Link copied to the clipboard.");
    } catch {
      setStatus(`Copy this link: ${url}`);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <button
        type="button"
        onClick={copy}
        className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-100"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.8">
          <path d="M8.5 11.5a3 3 0 0 0 4.2 0l2.6-2.6a3 3 0 0 0-4.2-4.2l-.9.9M11.5 8.5a3 3 0 0 0-4.2 0l-2.6 2.6a3 3 0 0 0 4.2 4.2l.9-.9" />
        </svg>
        Copy link
      </button>
      <p role="status" aria-live="polite" className="break-all text-sm text-green-800">
        {status}
      </p>
    </div>
  );
}
