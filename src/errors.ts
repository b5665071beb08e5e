/**
 * User-facing errors. Anything thrown as a KgError is printed as its message alone
 * (no stack trace) and ends the command with its exit code. The message should say
 * what went wrong, where (file and line when there is one) and what to do about it.
 */
export class KgError extends Error {
  readonly exitCode: number;

  constructor(message: string, options: { exitCode?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'KgError';
    this.exitCode = options.exitCode ?? 1;
  }
}
