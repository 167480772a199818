/** The extract command's lines about ids: only when something happened to ids given out before. */
import type { IdsReport } from "./link";

export function describeIds(report: IdsReport): string[] {
  const lines = report.changes.map((c) => `ids: ${c.id} ${c.was} → ${c.now}${c.successors ? ` (${c.successors.join(", ")})` : ""}${c.reason && !c.successors ? `: ${c.reason}` : ""}`);
  const n = report.orphans.length;
  if (n > 0) lines.push(`ids: ${n} passage${n === 1 ? "" : "s"} of published ids cannot be found any more (report.json ids.orphans)`);
  return lines;
}
