/** Stable, readable article ids derived from the file path (and the record id inside a .jsonl). */

export function slugify(value: string, maxLength = 80): string {
  const slug = value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  // Cut at a word boundary so ids never end in half a word.
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, "");
}

/** `crisis/2022/voa.txt` → `crisis-2022-voa`; a record of `feed.jsonl` → `feed-<record id or line>`. */
export function articleIdFor(relativePath: string, record?: { id: string | null; line: number }): string {
  const stem = relativePath.replace(/\.[^./]+$/, "");
  const base = slugify(stem) || "article";
  if (!record) return base;
  return `${base}-${slugify(record.id ?? "") || `line-${record.line}`}`;
}

/** Makes ids unique in a deterministic order: the second `x` becomes `x-2`, and so on. */
export function uniqueIds(ids: string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}
