"use client";

import type { PanelView } from "@/lib/view";
import { BASIS_LABELS, plural, PRECISION_LABELS, STATUS_LABELS, typeLabel } from "@/lib/format";
import { eventPath } from "@/lib/passages";
import { ActorFilterButton } from "@/components/ActorFilterButton";
import { ClosePanelButton } from "@/components/ClosePanelButton";
import { PreviousNext } from "@/components/PreviousNext";
import { CopyLinkButton } from "@/components/CopyLinkButton";
import { ConfidenceDetails } from "@/components/ConfidenceDetails";
import { PanelHeading } from "@/components/PanelHeading";
import { Passage } from "@/components/Passage";
import { StatusBadge } from "@/components/StatusBadge";
import { TypeIcon } from "@/components/TypeIcon";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[6.5rem_1fr] gap-2 py-1.5">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** "Reported by 2 articles, in 10 passages": how many independent sources, then how many quotes. */
function reportedBy(view: PanelView): string {
  const articles = new Set(view.passages.map((p) => p.articleId)).size;
  return `Reported by ${plural(articles, "article")}, in ${plural(view.passages.length, "passage")}`;
}

/**
 * The selected event: what, when (and how we know), who, and every passage that reports it.
 * A client component fed with data: a prerendered event page's RSC payload, which Next.js writes
 * four times per page (inline in the HTML, the .rsc file and two prefetch segments), then holds
 * the event's view once instead of the panel's rendered markup (docs/scale.md); the app shell
 * (components/EventShell.tsx) draws it with the same code. The server still renders it into the
 * page's HTML: it reads the same without JavaScript.
 */
export function EventPanel({ view }: { view: PanelView }) {
  const { event } = view;
  const unresolved = event.unresolvedDate;
  return (
    <section aria-labelledby="event-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <div className="flex items-start justify-between gap-3">
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <TypeIcon type={event.type} />
          <span>
            <span className="font-medium">{typeLabel(event.type)}</span>
            {event.mode && ` · ${event.mode}`}
          </span>
          <StatusBadge status={event.status} />
        </p>
        <ClosePanelButton />
      </div>
      <PanelHeading eventId={event.id}>{event.title}</PanelHeading>

      <dl className="mt-3 divide-y divide-slate-100 border-y border-slate-100">
        <Row label="Date">
          {event.date ? (
            <>
              <span className="font-medium">{view.dateLabel}</span>{" "}
              <span className="text-slate-600">({PRECISION_LABELS[event.date.precision]})</span>
              <span className="mt-0.5 block text-slate-700">{view.dateExplanation}</span>
              <span className="mt-0.5 block text-xs text-slate-600">
                Basis: {BASIS_LABELS[event.date.basis]}
                {event.date.rule && (
                  <>
                    {" "}· rule <code className="rounded bg-slate-100 px-1">{event.date.rule}</code>
                  </>
                )}
              </span>
            </>
          ) : (
            <>
              <span className="font-medium text-amber-900">Date unresolved</span>
              {unresolved && (
                <span className="mt-0.5 block text-slate-700">
                  “{unresolved.expression}”. {unresolved.reason}
                </span>
              )}
            </>
          )}
        </Row>
        <Row label="Type">
          {typeLabel(event.type)}
          {event.mode && ` (${event.mode})`}
        </Row>
        <Row label="Status">{STATUS_LABELS[event.status]}</Row>
        {event.actors.length > 0 && (
          <Row label="Actors">
            <ul className="space-y-0.5">
              {event.actors.map((a) => (
                <li key={`${a.name}-${a.kind}`}>
                  {a.name}
                  <span className="text-slate-600">
                    {" "}
                    ({[a.role, a.kind, a.country].filter(Boolean).join(", ")})
                  </span>
                  {a.part && <span className="ml-1 rounded bg-slate-100 px-1 text-xs text-slate-700">{a.part === "source" ? "acts" : "acted upon"}</span>}
                  <ActorFilterButton name={a.name} />
                </li>
              ))}
            </ul>
          </Row>
        )}
        {event.location && <Row label="Location">{event.location}</Row>}
        <Row label="Confidence">
          <ConfidenceDetails confidence={event.confidence} support={event.support} />
        </Row>
      </dl>

      {view.disagreements.length > 0 && (
        <div className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-slate-900">
          <h3 className="font-semibold">The sources disagree</h3>
          <ul className="mt-1 space-y-1">
            {view.disagreements.map((d) => (
              <li key={d.field}>
                <span className="font-medium">{d.field}:</span>{" "}
                {d.versions.map((v, i) => (
                  <span key={v.label}>
                    {i > 0 && "; "}
                    {v.label} <span className="text-slate-700">(according to {v.articles.map((a) => `“${a.title}”`).join(", ")})</span>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}

      <h3 className="mt-4 text-sm font-semibold text-slate-900">
        {reportedBy(view)}
      </h3>
      <ul className="mt-2 space-y-3">
        {view.passages.map((p) => (
          <li key={`${p.articleId}-${p.anchor}`}>
            <Passage passage={p} />
          </li>
        ))}
      </ul>

      <div className="mt-4 border-t border-slate-100 pt-3">
        <CopyLinkButton key={event.id} path={eventPath(event.id)} />
      </div>
      <PreviousNext previous={view.previous} next={view.next} />
    </section>
  );
}
