import type { EventType } from "@/lib/schema";
import { typeClass } from "@/lib/event-style";
import { FALLBACK_ICON, ICON_SVG_ATTRIBUTES, TYPE_ICONS } from "@/lib/type-icons";

const REACT_NAMES: Record<string, string> = {
  "stroke-width": "strokeWidth",
  "stroke-linecap": "strokeLinecap",
  "stroke-linejoin": "strokeLinejoin",
};
const reactProps = (attrs: Readonly<Record<string, string | number | undefined>>) =>
  Object.fromEntries(Object.entries(attrs).map(([k, v]) => [REACT_NAMES[k] ?? k, v]));

/**
 * The type's icon in the type's colour. Decorative: the type's name is always written next to
 * it (or given to the element it sits in), so it is hidden from screen readers.
 */
export function TypeIcon({ type, className = "" }: { type: EventType; className?: string }) {
  const node = TYPE_ICONS[type] ?? FALLBACK_ICON;
  return (
    <svg {...reactProps(ICON_SVG_ATTRIBUTES)} aria-hidden="true" focusable="false" className={`type-icon ${typeClass(type)} ${className}`.trim()}>
      {node.map(([tag, attrs], i) => {
        const Tag = tag as "path";
        return <Tag key={i} {...reactProps(attrs)} />;
      })}
    </svg>
  );
}

const symbolId = (type: EventType) => `icon-${typeClass(type)}`;

/**
 * Each of `types`' shapes once, for TypeIconRef: a page drawing the same few icons many times (an
 * article page lists up to a hundred events) carries each shape once instead of at every use.
 */
export function TypeIconSymbols({ types }: { types: readonly EventType[] }) {
  return (
    <svg aria-hidden="true" focusable="false" className="absolute h-0 w-0 overflow-hidden">
      {[...new Set(types)].map((type) => (
        <symbol key={type} id={symbolId(type)} viewBox={ICON_SVG_ATTRIBUTES.viewBox}>
          {(TYPE_ICONS[type] ?? FALLBACK_ICON).map(([tag, attrs], i) => {
            const Tag = tag as "path";
            return <Tag key={i} {...reactProps(attrs)} />;
          })}
        </symbol>
      ))}
    </svg>
  );
}

/**
 * The type's icon as TypeIcon draws it, by reference to its shape in the page's TypeIconSymbols.
 * Lucide's stroke style is set once in CSS (`.type-icon-ref`, app/reader.css), not on every icon.
 */
export function TypeIconRef({ type, className = "" }: { type: EventType; className?: string }) {
  return (
    <svg aria-hidden="true" className={`type-icon type-icon-ref ${typeClass(type)} ${className}`.trim()}>
      <use href={`#${symbolId(type)}`} />
    </svg>
  );
}
