/**
 * CSV for spreadsheet exports (RFC 4180), safe to open in Excel, LibreOffice or Google Sheets.
 * Article text is untrusted: a headline such as `=HYPERLINK("http://evil.example","Open")` or
 * `@SUM(1+1)*cmd|' /C calc'!A0` would become a live formula. Following OWASP's advice on CSV
 * injection, a text cell that starts like a formula gets a leading `'`, which spreadsheets show as
 * text; numbers stay numbers ("-3" written as text is neutralised, -3 as a number is not).
 */

export type CsvValue = string | number | boolean | null | undefined;

/**
 * What makes a spreadsheet read a cell as a formula: `=`, `+`, `-`, `@`, a tab or a carriage
 * return first (OWASP), also after leading spaces or line breaks, which some applications skip,
 * and their full-width forms, which some normalise.
 */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/u;

/** A cell that must be quoted: it holds a separator, a quote or a line break, or would lose edge spaces. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell, neutralised and quoted as needed. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record: cells separated by commas (no line break at the end). */
export function csvRow(cells: readonly CsvValue[]): string {
  return cells.map(csvCell).join(",");
}

/** A whole file: records separated by CRLF, as RFC 4180 has it, ending with one. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => `${csvRow(row)}\r\n`).join("");
}
