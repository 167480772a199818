/** Why an id is no longer live, in words a reader of the moved or gone page understands. */
import { timexInWords } from "../../lib/format";
import type { RegistryEntry } from "../../lib/schema";

/** What became of one passage of an id that no event carries any more. */
export type PassageFate =
  | { kind: "article-removed"; file: string }
  | { kind: "article-unreadable"; file: string }
  | { kind: "orphaned"; file: string }
  | { kind: "not-reported"; file: string };

export function goneReason(fates: PassageFate[]): string {
  const removed = unique(fates.filter((f) => f.kind === "article-removed").map((f) => f.file));
  const orphaned = unique(fates.filter((f) => f.kind === "orphaned").map((f) => f.file));
  const silent = unique(fates.filter((f) => f.kind === "not-reported").map((f) => f.file));
  const parts: string[] = [];
  if (removed.length > 0) parts.push(`${removed.length === 1 && fates.every((f) => f.kind === "article-removed") ? "its only source article" : plural(removed.length, "its source article", "its source articles")} ${list(removed)} ${removed.length === 1 ? "was" : "were"} removed`);
  const unreadable = unique(fates.filter((f) => f.kind === "article-unreadable").map((f) => f.file));
  if (unreadable.length > 0) parts.push(`${plural(unreadable.length, "its source article", "its source articles")} ${list(unreadable)} could not be read in this run (see report.json)`);
  if (orphaned.length > 0) parts.push(`its passage no longer appears in the edited article ${list(orphaned)}`);
  if (silent.length > 0) parts.push(`${list(silent)} still ${silent.length === 1 ? "has" : "have"} its passage, but no event is read from it any more`);
  return `No article reports it any more: ${parts.join("; ")}.`;
}

export function renamedReason(before: Pick<RegistryEntry, "title" | "date">, after: Pick<RegistryEntry, "title" | "date">): string {
  const parts: string[] = [];
  if (before.title !== after.title) parts.push(`its headline was re-worded from “${before.title}” to “${after.title}”`);
  if (before.date !== after.date) {
    parts.push(after.date === null ? `its date (${timexInWords(before.date!)}) can no longer be worked out` : before.date === null ? `its date, unknown before, is now worked out as ${timexInWords(after.date)}` : `its date is now worked out as ${timexInWords(after.date)}, not ${timexInWords(before.date)}`);
  }
  if (parts.length === 0) parts.push("it was given a new address");
  return `The same passages report it, but ${parts.join(" and ")}.`;
}

export function mergedReason(into: Pick<RegistryEntry, "title">): string {
  return `Its passages now report one event with others: “${into.title}”.`;
}

export function splitReason(count: number): string {
  return `Its passages now report ${count} separate events.`;
}

const unique = (values: string[]) => [...new Set(values)];
const list = (values: string[]) => values.join(", ");
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
