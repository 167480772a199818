/** The extract command's lines about ids: only when something happened to ids given out before. */
import type { IdsReport } from "./link";

export function describeIds(report: IdsReport): string[] {
  const lines = report.changes.map((c) => `ids: ${c.id} ${c.was} → ${c.now}${c.successors ? ` (${c.successors.join(", ")})` : ""}${c.reason && !c.successors ? `: ${c.reason}` : ""}`);
  // Passages of removed articles are expected to be lost; those of articles still here point at edits to check.
  const n = report.orphans.filter((o) => !o.articleMissing).length;
  if (n > 0) lines.push(`ids: ${n} passage${n === 1 ? "" : "s"} of published ids cannot be found in their edited article${n === 1 ? "" : "s"} any more (report.json ids.orphans)`);
  return lines;
}
