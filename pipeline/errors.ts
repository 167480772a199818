/**
 * Typed errors, one class per pipeline stage, each carrying a vfile-style position so every
 * problem prints as `path:line:col: message` (1-based line and column).
 */
export type Stage = "ingest" | "sentences" | "dates" | "actors" | "events" | "merge" | "validate" | "write" | "cli";

export interface Position {
  /** Path as the user gave it (relative to the input folder when known). */
  path: string;
  line: number;
  column: number;
}

export class PipelineError extends Error {
  constructor(
    readonly stage: Stage,
    readonly position: Position,
    message: string,
  ) {
    super(message);
    this.name = "PipelineError";
  }

  /** The one-line form printed by the CLI and stored in report.json: one problem is always one line. */
  format(): string {
    return formatAt(this.position, this.message);
  }
}

/** `path:line:col: message` on one line, for problems and warnings alike. */
export function formatAt({ path, line, column }: Position, message: string): string {
  return `${oneLine(path)}:${line}:${column}: ${oneLine(message)}`;
}

/** Line breaks (a file name or a quoted value may hold one) written as \n, so a problem stays one line. */
function oneLine(text: string): string {
  return text.replace(/\r\n|[\n\r\u2028\u2029]/g, "\\n");
}

/** A value from the input, quoted for a message: line breaks escaped, and cut short when long. */
export function quoted(value: string, max = 60): string {
  const short = value.length > max ? `${value.slice(0, max)}…` : value;
  return `'${oneLine(short)}'`;
}

export class IngestError extends PipelineError {
  constructor(position: Position, message: string) {
    super("ingest", position, message);
    this.name = "IngestError";
  }
}

export class ValidationError extends PipelineError {
  constructor(position: Position, message: string) {
    super("validate", position, message);
    this.name = "ValidationError";
  }
}

export class WriteError extends PipelineError {
  constructor(position: Position, message: string) {
    super("write", position, message);
    this.name = "WriteError";
  }
}

/** Line starts of a text, found once, so each offset → line:col lookup is a binary search. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  positionAt(offset: number): { line: number; column: number } {
    const at = Math.min(Math.max(offset, 0), this.text.length);
    let low = 0, high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - this.starts[low]! + 1 };
  }
}
