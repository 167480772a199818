"use client";

import { useId, useMemo, useState } from "react";
import { suggestionsFor } from "@/lib/suggestions";

export interface PickerOption {
  /** What goes into the view (an actor's name, an article id). */
  value: string;
  /** What the reader sees and types. Unique among the options. */
  label: string;
  /** Shown beside the suggestion, e.g. "5 events". */
  hint?: string;
}

interface Props {
  label: string;
  /** Shown in the empty field, e.g. "Any actor". */
  placeholder: string;
  options: readonly PickerOption[];
  chosen: readonly string[];
  onAdd: (value: string) => void;
  onRemove: (value: string) => void;
  inputClassName: string;
  className?: string;
}

/**
 * Several values out of hundreds (every actor, every article): a text field with the browser's
 * own suggestion list (a datalist: keyboard, screen reader and phone support come with it), and
 * the choices shown as removable chips. Picking a suggestion, or typing a label and pressing
 * Enter, adds it; case does not matter.
 */
export function FilterPicker({ label, placeholder, options, chosen, onAdd, onRemove, inputClassName, className = "" }: Props) {
  const id = useId();
  const [text, setText] = useState("");
  // The suggestions are made once the field is first used: most visits never open them.
  const [used, setUsed] = useState(false);
  const suggestions = useMemo(() => (used ? suggestionsFor(options, chosen, text) : []), [used, options, chosen, text]);
  const labelOf = useMemo(() => new Map(options.map((o) => [o.value, o.label])), [options]);
  // Each label lowercased once, not on every key (a big corpus has tens of thousands of articles).
  const byLabel = useMemo(() => {
    const map = new Map<string, PickerOption>();
    for (const o of options) if (!map.has(o.label.toLowerCase())) map.set(o.label.toLowerCase(), o);
    return map;
  }, [options]);
  const find = (typed: string) => {
    const wanted = typed.trim().toLowerCase();
    return wanted ? byLabel.get(wanted) : undefined;
  };
  function tryAdd(typed: string): boolean {
    const option = find(typed);
    if (!option) return false;
    if (!chosen.includes(option.value)) onAdd(option.value);
    setText("");
    return true;
  }

  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <label htmlFor={`${id}-input`} className="text-xs font-medium text-slate-700">
        {label}
      </label>
      <input
        id={`${id}-input`}
        list={`${id}-options`}
        className={inputClassName}
        value={text}
        placeholder={chosen.length ? "Add another…" : placeholder}
        autoComplete="off"
        onFocus={() => setUsed(true)}
        onChange={(e) => {
          // A pick from the suggestion list arrives as a change with the whole label.
          if (!tryAdd(e.target.value)) setText(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" && tryAdd(text)) e.preventDefault();
        }}
      />
      <datalist id={`${id}-options`}>
        {suggestions.map((o) => (
          <option key={o.value} value={o.label}>
            {o.hint}
          </option>
        ))}
      </datalist>
      {chosen.length > 0 && (
        <ul className="flex flex-wrap gap-1.5" aria-label={`Chosen: ${label.toLowerCase()}`}>
          {chosen.map((value) => {
            const name = labelOf.get(value) ?? value;
            return (
              <li key={value} className="flex max-w-full items-center gap-1 rounded-full border border-blue-300 bg-blue-50 py-0.5 pl-2.5 pr-1 text-sm text-blue-950">
                <span className="truncate">{name}</span>
                <button
                  type="button"
                  aria-label={`Remove ${name}`}
                  title={`Remove ${name}`}
                  onClick={() => onRemove(value)}
                  className="flex h-5 w-5 flex-none items-center justify-center rounded-full text-blue-900 hover:bg-blue-200"
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
