/**
 * The slug of ids: lower-case ASCII letters and digits joined by hyphens. In lib/ because both sides
 * use it: the pipeline makes article and event ids with it, and the browser rebuilds event ids from
 * headlines with it (lib/timeline-file.ts), so the two must never differ.
 */
export function slugify(value: string, maxLength = 80): string {
  // Most headlines are ASCII already: decomposing them finds no accent to drop (the browser
  // rebuilds 100,000 ids from headlines with this; the decomposition was a third of that time).
  const ascii = /^[\x00-\x7f]*$/.test(value) ? value : value.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  const slug = ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  // Cut at a word boundary so ids never end in half a word.
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, "");
}

