/**
 * Which suggestions a filter field offers. A big corpus has thousands of actors and tens of thousands
 * of articles: a suggestion list that long is thousands of elements in the page, made on every
 * render, for a list nobody scrolls. Past SUGGESTIONS the field offers those that contain what has
 * been typed, in the options' own order (most events first), at most SUGGESTIONS of them.
 */
export const SUGGESTIONS = 200;

export function suggestionsFor<T extends { value: string; label: string }>(options: readonly T[], chosen: readonly string[], typed: string): T[] {
  const taken = new Set(chosen);
  const open = options.filter((o) => !taken.has(o.value));
  if (open.length <= SUGGESTIONS) return open;
  const wanted = typed.trim().toLowerCase();
  const matching = wanted ? open.filter((o) => o.label.toLowerCase().includes(wanted)) : open;
  return matching.slice(0, SUGGESTIONS);
}
