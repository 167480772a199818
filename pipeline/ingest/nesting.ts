/**
 * How deeply a front matter block or an HTML page nests, estimated by one linear scan before either is handed
 * to a parser. The yaml parser, linkedom and Readability recurse: nesting a few thousand levels deep exhausts
 * the stack, and the stack can then run out inside V8's regular-expression compiler, which ends the whole
 * process instead of throwing. linkedom's parse also slows down with the square of the depth. Real front
 * matter is flat and real pages nest a few dozen levels, so the limits below refuse only junk.
 */

export const MAX_FRONT_MATTER_DEPTH = 64;
export const MAX_HTML_DEPTH = 1000;

export interface Nesting {
  depth: number;
  /** Offset where the deepest level opens. */
  offset: number;
}

/** Flow nesting ([ and { outside quotes) and block nesting (indentation plus "- " / "? " markers) of YAML. */
export function yamlNesting(yaml: string): Nesting {
  let deepest: Nesting = { depth: 0, offset: 0 };
  let flow = 0;
  let quote: string | null = null;
  let lineStart = true;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml[i]!;
    if (c === "\n") {
      lineStart = true;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      let j = i;
      while (yaml[j] === " ") j++;
      let block = j - i;
      while ((yaml[j] === "-" || yaml[j] === "?") && (yaml[j + 1] === " " || yaml[j + 1] === "\n" || j + 1 === yaml.length)) {
        block++;
        j += 2;
      }
      if (block > deepest.depth) deepest = { depth: block, offset: i };
    }
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "{") {
      flow++;
      if (flow > deepest.depth) deepest = { depth: flow, offset: i };
    } else if ((c === "]" || c === "}") && flow > 0) flow--;
  }
  return deepest;
}

/** Elements that hold no content or whose end tag may be left out: they do not count as a level. */
const NOT_NESTING = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "!doctype",
  "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption", "rt", "rp", "html", "head", "body",
]);
/** Elements whose content is raw text: their inside is skipped. */
const RAW_TEXT = /^(?:script|style|textarea|title|xmp)$/;

/** Open elements at the deepest point of an HTML text, counting only elements that need an end tag. */
export function htmlNesting(html: string): Nesting {
  let deepest: Nesting = { depth: 0, offset: 0 };
  let depth = 0;
  let i = html.indexOf("<");
  while (i !== -1) {
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      if (end === -1) break;
      i = html.indexOf("<", end + 3);
      continue;
    }
    const closing = html[i + 1] === "/";
    const nameStart = i + (closing ? 2 : 1);
    let nameEnd = nameStart;
    while (nameEnd < html.length && /[A-Za-z0-9!-]/.test(html[nameEnd]!)) nameEnd++;
    const gt = html.indexOf(">", nameEnd);
    if (nameEnd === nameStart || gt === -1) {
      i = html.indexOf("<", i + 1);
      continue;
    }
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    let next = gt + 1;
    if (closing) {
      if (!NOT_NESTING.has(name) && depth > 0) depth--;
    } else if (RAW_TEXT.test(name)) {
      const end = new RegExp(`</${name}`, "gi");
      end.lastIndex = next;
      const found = end.exec(html);
      next = found ? found.index : html.length;
    } else if (!NOT_NESTING.has(name) && html[gt - 1] !== "/") {
      depth++;
      if (depth > deepest.depth) deepest = { depth, offset: i };
    }
    i = html.indexOf("<", next);
  }
  return deepest;
}

interface ElementLike {
  firstElementChild: ElementLike | null;
  nextElementSibling: ElementLike | null;
  parentElement: ElementLike | null;
}

/**
 * Depth of a parsed element tree, walked without recursion. The textual estimate above counts a nested table
 * once where the tree has table, tbody, tr and td: the tree itself is checked before anything recurses into it.
 */
export function treeDepth(root: ElementLike): number {
  let deepest = 0, depth = 0;
  let node: ElementLike | null = root;
  while (node) {
    if (node.firstElementChild) {
      node = node.firstElementChild;
      deepest = Math.max(deepest, ++depth);
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    if (!node || node === root) break;
    node = node.nextElementSibling;
  }
  return deepest;
}
