"use client";

import { createContext, useContext } from "react";

/** Where keyboard focus should go once a selection has been shown. */
export type FocusTarget = "panel" | "timeline" | null;

export interface Selection {
  /** The selected event (optimistically: set as soon as it is picked, before its page arrives). */
  selectedId: string | null;
  select: (id: string | null, focus?: FocusTarget) => void;
  /**
   * True once when the panel of this event was opened from a list: its heading then takes
   * focus when it mounts (the panel arrives with the page, after the URL has changed).
   */
  claimPanelFocus: (eventId: string) => boolean;
  /** The view's query string (filters, search, window; "" for none), kept on links to events. */
  query: string;
  /** Shows only the events this actor takes part in (an actor filter, in the address like any other). */
  filterByActor: (name: string) => void;
}

export const SelectionContext = createContext<Selection>({ selectedId: null, select: () => {}, claimPanelFocus: () => false, query: "", filterByActor: () => {} });

export function useSelection(): Selection {
  return useContext(SelectionContext);
}
