const keyClass = "rounded border border-slate-300 bg-slate-50 px-1 font-mono text-[0.7rem] text-slate-800";

/** The timeline's keyboard keys, always on screen (and the chart's description for screen readers). */
export function KeyHint() {
  return (
    <p id="timeline-keys" className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
      {/* Rendered with the page, not with the chart, so the page's text paints before the chart's script runs. */}
      <span>Drag to pan, Ctrl + scroll or the buttons to zoom, scroll inside to see stacked events.</span>
      <span>Keys, with focus in the timeline:</span>
      <span>
        <kbd className={keyClass}>←</kbd> <kbd className={keyClass}>→</kbd> previous / next event
      </span>
      <span>
        <kbd className={keyClass}>+</kbd> <kbd className={keyClass}>−</kbd> zoom
      </span>
      <span>
        <kbd className={keyClass}>Enter</kbd> open details
      </span>
      <span>
        <kbd className={keyClass}>Esc</kbd> close
      </span>
    </p>
  );
}
