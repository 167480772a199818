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
import { groupDigits } from "../../lib/format";
import type { PipelineError, Position } from "../errors";
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
  /** The summary table and what was written (stdout); with --json, the JSON object alone. */
  out: (line: string) => void;
  /** Problems, warnings and usage errors (stderr). */
  err: (line: string) => void;
  /** Takes the --json answer as it is, instead of its text on `out` (the watcher runs the command in-process). */
  json?: (answer: ExtractJson) => void;
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

/**
 * A warning back into its parts. Warnings are stored formatted (`path:line:col: message`, by formatAt):
 * that is their form in report.json and in the ingest's results, so this is the one place they are read.
 */
function parseWarning(formatted: string): LocatedMessage {
  const [, path = "", line = "1", column = "1", message = formatted] = /^(.*?):(\d+):(\d+): ([\s\S]*)$/.exec(formatted) ?? [];
  return { path, line: Number(line), column: Number(column), message };
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
  problem(problem: PipelineError, skipped = false): void {
    if (this.mode.json) {
      const { path, line, column } = problem.position;
      this.problems.push({ path, line, column, message: problem.message, stage: problem.stage });
    } else if (!skipped || !this.mode.quiet) this.io.err(`${skipped ? "skipped: " : ""}${problem.format()}`);
  }

  warning(formatted: string): void {
    if (this.mode.json) this.warnings.push(parseWarning(formatted));
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
    if (this.mode.json) this.answer({ ok: false, exitCode: 2, error: message, written: [], problems: [], warnings: [], ids: [] });
    else this.io.err(`extract: ${message}\n\n${usage}`);
    return 2;
  }

  /** Ends the run: the JSON object, or for people the summary table after a successful one. Returns the exit status. */
  finish(f: Finish): number {
    const summary = f.report && f.cache ? { ...f.report.summary, cache: f.cache } : undefined;
    if (this.mode.json) {
      this.answer({
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
      });
    } else if (f.exitCode === 0 && !this.mode.quiet && summary && f.outDir) {
      for (const line of summaryTable(summary)) this.io.out(line);
      this.io.out(`extract: wrote ${(f.written ?? []).map((name) => `${f.outDir}/${name}`).join(", ")} in ${(f.seconds ?? 0).toFixed(2)}s`);
    }
    return f.exitCode;
  }

  private answer(json: ExtractJson): void {
    if (this.io.json) this.io.json(json);
    else this.io.out(JSON.stringify(json, null, 2));
  }
}

/** The run in a small table: what people look at first (articles, events, undated, warnings), then the files. */
export function summaryTable(s: NonNullable<ExtractJson["summary"]>): string[] {
  const rows: Array<[string, string]> = [
    ["articles", groupDigits(s.articles)],
    ["events", groupDigits(s.events)],
    ["undated events", groupDigits(s.undatedEvents)],
    ["warnings", groupDigits(s.warnings)],
    ["articles without a publication date", groupDigits(s.articlesWithoutPublicationDate)],
    ["off-topic articles", groupDigits(s.offTopicArticles)],
    ["files skipped / ignored / duplicate", `${groupDigits(s.skippedFiles)} / ${groupDigits(s.ignoredFiles)} / ${groupDigits(s.duplicateFiles)}`],
    // Readings, not articles: an undated article whose date is inferred from others is read twice.
    ["article readings from the cache", `${groupDigits(s.cache.hits)} of ${groupDigits(s.cache.hits + s.cache.misses)}`],
  ];
  const left = Math.max(...rows.map(([label]) => label.length));
  const right = Math.max(...rows.map(([, value]) => value.length));
  const rule = (l: string, m: string, r: string) => `${l}${"─".repeat(left + 2)}${m}${"─".repeat(right + 2)}${r}`;
  return [rule("┌", "┬", "┐"), ...rows.map(([label, value]) => `│ ${label.padEnd(left)} │ ${value.padStart(right)} │`), rule("└", "┴", "┘")];
}
