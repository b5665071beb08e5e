/**
 * Progress of a long command on stderr: a redrawn bar on a terminal, plain lines
 * ("seed: 120/400 articles") at most every few seconds otherwise, so logs and CI
 * output stay readable.
 */

export interface ProgressOptions {
  stream?: NodeJS.WriteStream;
  /** Least time between two lines when the stream is not a terminal. */
  intervalMs?: number;
  /** Bar width in characters on a terminal. */
  width?: number;
}

const DEFAULTS = { intervalMs: 5_000, width: 30 };

export interface Progress {
  /** Reports that `done` of the total units are finished. */
  update(done: number): void;
  /** Ends the bar (a terminal line is completed with a newline). */
  finish(): void;
}

/** A progress reporter for `total` units named `unit`, prefixed with `label`. */
export function createProgress(label: string, total: number, unit: string, options: ProgressOptions = {}): Progress {
  const { stream, intervalMs, width } = { ...DEFAULTS, stream: process.stderr, ...options };
  const tty = stream.isTTY === true;
  let lastLine = 0;
  let drawn = false;
  let current = 0;
  return {
    update(done) {
      current = done;
      if (tty) {
        const filled = total === 0 ? width : Math.round((width * done) / total);
        stream.write(`\r${label}: [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${unit}`);
        drawn = true;
      } else if (Date.now() - lastLine >= intervalMs || done === total) {
        stream.write(`${label}: ${done}/${total} ${unit}\n`);
        lastLine = Date.now();
      }
    },
    finish() {
      if (tty && drawn) stream.write('\n');
      else if (!tty && current !== total && lastLine !== 0) stream.write(`${label}: ${current}/${total} ${unit}\n`);
    },
  };
}
