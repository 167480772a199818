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
