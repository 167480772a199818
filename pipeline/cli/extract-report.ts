/**
 * What the extract command says, for people or for machines (`--json`).
 *
 * For people: problems, warnings and skipped files on stderr, one `path:line:col: message` line each
 * (editors jump to them); on success, the summary table and the line naming what was written on
 * stdout, since they are the command's result (a script that wants only the outcome reads the exit
 * status, or --json). `--quiet` keeps only the problems.
 * With `--json`: exactly one JSON object on stdout, whatever happens (ExtractJson), and nothing on
 * stderr but the progress bar a terminal shows; the exit status is the same as without it.
 */
import type { Position } from "../errors";
import { PipelineError } from "../errors";
import type { Report } from "../extract";

/** A problem or warning with its place: `column` is 1-based, in UTF-16 code units (JavaScript string indices). */
export interface LocatedMessage extends Position {
  message: string;
}

export interface ExtractJson {
  ok: boolean;
  /** The process's exit status: 0 written, 1 bad input (nothing written), 2 bad usage. */
  exitCode: number;
  /** A usage error (exit 2), when there is one. */
  error?: string;
  in?: string;
  out?: string;
  /** The files written, relative to `out` (none unless ok). */
  written: string[];
  seconds?: number;
  summary?: Report["summary"] & { cache: { hits: number; misses: number } };
  /** What stops the run (ok false), or, after --keep-going, what was skipped (ok true). */
  problems: Array<LocatedMessage & { stage: string }>;
  warnings: LocatedMessage[];
  /** What became of ids given out before (report.json's `ids` has the details). */
  ids: string[];
}

export interface ExtractOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface Finish {
  exitCode: number;
  inDir?: string;
  outDir?: string;
  written?: string[];
  seconds?: number;
  report?: Report;
  cache?: { hits: number; misses: number };
}

/** `path:line:col: message` back into its parts (warnings are stored formatted); a line without a place keeps 1:1. */
export function parseLocated(line: string): LocatedMessage {
  const match = /^(.*?):(\d+):(\d+): ([\s\S]*)$/.exec(line);
  if (!match) return { path: "", line: 1, column: 1, message: line };
  return { path: match[1]!, line: Number(match[2]), column: Number(match[3]), message: match[4]! };
}

export class ExtractReporter {
  private readonly problems: ExtractJson["problems"] = [];
  private readonly warnings: LocatedMessage[] = [];
  private readonly ids: string[] = [];

  constructor(
    private readonly io: ExtractOutput,
    private readonly mode: { json: boolean; quiet: boolean },
  ) {}

  /** Something that stops the run, or with `skipped`, a bad file --keep-going left out. */
  problem(problem: PipelineError | { format(): string; stage?: string; position?: Position; message: string }, skipped = false): void {
    if (this.mode.json) {
      const position = problem.position ?? parseLocated(problem.format());
      this.problems.push({ path: position.path, line: position.line, column: position.column, message: problem.message, stage: problem.stage ?? "cli" });
    } else if (!skipped || !this.mode.quiet) this.io.err(`${skipped ? "skipped: " : ""}${problem.format()}`);
  }

  warning(formatted: string): void {
    if (this.mode.json) this.warnings.push(parseLocated(formatted));
    else if (!this.mode.quiet) this.io.err(`warning: ${formatted}`);
  }

  /** A line for people that is neither a problem nor a warning (the run's verdict when it stops). */
  note(line: string): void {
    if (!this.mode.json) this.io.err(line);
  }

  idsLine(line: string): void {
    if (this.mode.json) this.ids.push(line);
    else if (!this.mode.quiet) this.io.out(line);
  }

  usageError(message: string, usage: string): number {
    if (this.mode.json) this.io.out(JSON.stringify({ ok: false, exitCode: 2, error: message, written: [], problems: [], warnings: [], ids: [] } satisfies ExtractJson, null, 2));
    else this.io.err(`extract: ${message}\n\n${usage}`);
    return 2;
  }

  /** Ends the run: the JSON object, or for people the summary table after a successful one. Returns the exit status. */
  finish(f: Finish): number {
    const summary = f.report && f.cache ? { ...f.report.summary, cache: f.cache } : undefined;
    if (this.mode.json) {
      const json: ExtractJson = {
        ok: f.exitCode === 0,
        exitCode: f.exitCode,
        ...(f.inDir ? { in: f.inDir } : {}),
        ...(f.outDir ? { out: f.outDir } : {}),
        written: f.written ?? [],
        ...(f.seconds !== undefined ? { seconds: Number(f.seconds.toFixed(3)) } : {}),
        ...(summary ? { summary } : {}),
        problems: this.problems,
        warnings: this.warnings,
        ids: this.ids,
      };
      this.io.out(JSON.stringify(json, null, 2));
    } else if (f.exitCode === 0 && !this.mode.quiet && summary && f.outDir) {
      for (const line of summaryTable(summary)) this.io.out(line);
      this.io.out(`extract: wrote ${(f.written ?? []).map((name) => `${f.outDir}/${name}`).join(", ")} in ${(f.seconds ?? 0).toFixed(2)}s`);
    }
    return f.exitCode;
  }
}

/** The run in a small table: what people look at first (articles, events, undated, warnings), then the files. */
export function summaryTable(s: NonNullable<ExtractJson["summary"]>): string[] {
  const count = (n: number) => n.toLocaleString("en-US");
  const rows: Array<[string, string]> = [
    ["articles", count(s.articles)],
    ["events", count(s.events)],
    ["undated events", count(s.undatedEvents)],
    ["warnings", count(s.warnings)],
    ["articles without a publication date", count(s.articlesWithoutPublicationDate)],
    ["off-topic articles", count(s.offTopicArticles)],
    ["files skipped / ignored / duplicate", `${count(s.skippedFiles)} / ${count(s.ignoredFiles)} / ${count(s.duplicateFiles)}`],
    ["articles from the cache", `${count(s.cache.hits)} of ${count(s.cache.hits + s.cache.misses)}`],
  ];
  const left = Math.max(...rows.map(([label]) => label.length));
  const right = Math.max(...rows.map(([, value]) => value.length));
  const rule = (l: string, m: string, r: string) => `${l}${"─".repeat(left + 2)}${m}${"─".repeat(right + 2)}${r}`;
  return [rule("┌", "┬", "┐"), ...rows.map(([label, value]) => `│ ${label.padEnd(left)} │ ${value.padStart(right)} │`), rule("└", "┴", "┘")];
}
