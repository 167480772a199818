import type { EventSupport } from "@/lib/schema";
import { CONFIDENCE_WEIGHTS, confidenceLevel, confidenceParts } from "@/lib/confidence";
import { plural } from "@/lib/format";

/** "+0.20", "+0.075": two decimals unless a third is needed. */
const points = (value: number) => `+${value.toFixed(Number.isInteger(Math.round(value * 1000) / 10) ? 2 : 3)}`;

/** Each kind of support, with what it adds: the terms the number is the sum of (lib/confidence.ts). */
function terms(support: EventSupport): Array<[string, string]> {
  const parts = confidenceParts(support);
  const date = support.date === "text" ? "dated by its own words" : support.date === "publication" ? "dated only by the publication day" : "no date";
  return [
    [points(CONFIDENCE_WEIGHTS.start), "to start"],
    [points(parts.date), date],
    [points(parts.assertedAct), support.assertedAct ? "the sentence asserts the act with a verb" : "the act is named by a noun, not asserted"],
    [points(parts.personNamed), support.personNamed ? "a person is named" : "no person is named"],
    [points(parts.furtherArticles), `reported by ${plural(support.articles, "article")}${support.articles > 1 ? "" : " (more would add)"}`],
  ];
}

/**
 * An event's confidence, in the panel: the number, a word for it, and what it counts. It is a count
 * of the kinds of support the event has, not a probability, and says nothing about whether the
 * date's value is right (the date's basis and rule say how it was found).
 */
export function ConfidenceDetails({ confidence, support }: { confidence: number; support?: EventSupport }) {
  return (
    <>
      <span className="font-medium">{confidence.toFixed(2)}</span> <span className="text-slate-600">({confidenceLevel(confidence)})</span>
      <details className="mt-0.5 text-slate-700">
        <summary className="cursor-pointer text-xs text-blue-800 underline underline-offset-2">What it counts</summary>
        {support && (
          <ul aria-label="What the confidence counts" className="mt-1 space-y-0.5 text-xs">
            {terms(support).map(([value, what]) => (
              <li key={what}>
                <span className="inline-block w-12 tabular-nums">{value}</span> {what}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-1 text-xs text-slate-600">
          A count of the kinds of support the event has, from 0.40 to 0.95: not a probability, and not a check of the date&apos;s value.
        </p>
      </details>
    </>
  );
}
