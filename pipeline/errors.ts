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

  /** The one-line form printed by the CLI and stored in report.json. */
  format(): string {
    const { path, line, column } = this.position;
    return `${path}:${line}:${column}: ${this.message}`;
  }
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
