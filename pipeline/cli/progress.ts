/**
 * A one-line progress bar on stderr, only when stderr is a terminal and not in CI (logs get no
 * bar codes), redrawn at most every 100 ms so a fast run does not spend its time drawing.
 */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): boolean;
}

export class ProgressBar {
  private lastDraw = -Infinity;
  private drawn = false;
  readonly enabled: boolean;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly stream: ProgressStream = process.stderr,
    env: Record<string, string | undefined> = process.env,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.enabled = Boolean(stream.isTTY) && !env.CI && total > 0;
  }

  update(done: number): void {
    if (!this.enabled) return;
    const time = this.now();
    if (done < this.total && time - this.lastDraw < 100) return;
    this.lastDraw = time;
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - this.label.length - 30));
    const filled = Math.round((width * done) / this.total);
    const percent = Math.floor((100 * done) / this.total);
    this.stream.write(`\r${this.label} [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${String(percent).padStart(3)}% ${done}/${this.total}`);
    this.drawn = true;
  }

  /** Clears the bar so the summary starts on a clean line. */
  done(): void {
    if (this.drawn) this.stream.write("\r\x1b[2K");
    this.drawn = false;
  }
}
