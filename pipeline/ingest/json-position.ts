/**
 * Where a top-level field's value starts in the text of one JSON object, so a problem with a field of a
 * .jsonl line can point at its column. JSON.parse reports no positions for valid JSON; this is a linear scan
 * that only tracks strings and nesting (the line is already known to be valid JSON when it is asked).
 */
export function valueOffset(json: string, key: string): number {
  let depth = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
    else if (c === '"') {
      const end = stringEnd(json, i);
      if (depth === 1) {
        let after = end + 1;
        while (after < json.length && /\s/.test(json[after]!)) after++;
        if (json[after] === ":" && decodeString(json.slice(i, end + 1)) === key) {
          after++;
          while (after < json.length && /\s/.test(json[after]!)) after++;
          return after;
        }
      }
      i = end;
    }
  }
  return -1;
}

/** Index of the quote that closes the string opened at `start`. */
function stringEnd(json: string, start: number): number {
  for (let i = start + 1; i < json.length; i++) {
    if (json[i] === "\\") i++;
    else if (json[i] === '"') return i;
  }
  return json.length - 1;
}

function decodeString(literal: string): string | null {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return null;
  }
}
