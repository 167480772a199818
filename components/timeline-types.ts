/** What the page around the chart and the chart say to each other (types only: importing them never loads vis). */

export interface VisibleWindow {
  start: string;
  end: string;
}

/** What the keyboard (handled by the page around the chart) can ask of it. */
export interface TimelineControls {
  zoomIn(): void;
  zoomOut(): void;
  /** Every shown event in view (and the window leaves the address). */
  showAll(): void;
}
