/** Stable, readable article ids derived from the file path (and the record id inside a .jsonl). */
import { slugify } from "../../lib/slug";

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
