/** Word tokens with offsets, and the clause boundaries between them. */

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** Words of text[start, end) with absolute offsets. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const word = m[0];
    tokens.push({ start: start + m.index, end: start + m.index + word.length, text: word, lower: word.toLowerCase() });
  }
  return tokens;
}

/** Punctuation that closes a clause for the purpose of attaching dates and modality to a verb. */
const CLAUSE_BREAK = /[,;:()\u2013\u2014"“”]|\s-\s/;

/** "said last week that Putin warned": the date is the saying's, not the warning's clause. */
const COMPLEMENTIZER = /\bthat\b/i;

/** True when text between a and b (offsets) crosses a clause boundary (punctuation or "that"). */
export function crossesClause(text: string, a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  const between = text.slice(from, to);
  return CLAUSE_BREAK.test(between) || COMPLEMENTIZER.test(between);
}

/** Offset where the clause containing `offset` starts, not before `floor`. */
export function clauseStart(text: string, offset: number, floor: number): number {
  for (let i = offset - 1; i >= floor; i--) {
    if (CLAUSE_BREAK.test(text[i]!)) return i + 1;
  }
  return floor;
}

/** Whether `offset` lies inside a quotation that opened within [floor, offset). */
export function insideQuote(text: string, offset: number, floor: number): boolean {
  let open = false;
  for (let i = floor; i < offset; i++) {
    const c = text[i];
    if (c === "“") open = true;
    else if (c === "”") open = false;
    else if (c === '"') open = !open;
  }
  return open;
}
