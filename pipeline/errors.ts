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

/** 1-based line and column of a UTF-16 offset in a text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
