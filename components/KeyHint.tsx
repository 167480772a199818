const keyClass = "rounded border border-slate-300 bg-slate-50 px-1 font-mono text-[0.7rem] text-slate-800";

/** Keys and what they do, e.g. [["←", "→"], "previous / next event"]. */
export type KeyList = ReadonlyArray<readonly [keys: readonly string[], action: string]>;

const TIMELINE_KEYS: KeyList = [
  [["←", "→"], "previous / next event"],
  [["+", "−"], "zoom"],
  [["Enter"], "open details"],
  [["Esc"], "close"],
];

/**
 * Keyboard keys, always on screen (and, through `id`, the description of the element they act on
 * for screen readers). Defaults to the timeline's; the list view passes its own.
 */
export function KeyHint({ id = "timeline-keys", intro, keys = TIMELINE_KEYS, className = "" }: { id?: string; intro?: string; keys?: KeyList; className?: string }) {
  return (
    <p id={id} className={`mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600 ${className}`}>
      {/* Rendered with the page, not with the chart, so the page's text paints before the chart's script runs. */}
      {intro === undefined ? (
        <>
          <span>Drag to pan, Ctrl + scroll or the buttons to zoom, scroll inside to see stacked events.</span>
          <span>Keys, with focus in the timeline:</span>
        </>
      ) : (
        <span>{intro}</span>
      )}
      {keys.map(([names, action]) => (
        <span key={action}>
          {names.map((name, i) => (
            <span key={name}>
              {i > 0 && " "}
              <kbd className={keyClass}>{name}</kbd>
            </span>
          ))}{" "}
          {action}
        </span>
      ))}
    </p>
  );
}
