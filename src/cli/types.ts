/** The contract every `kg` subcommand module fulfils (src/cli/commands/<name>.ts, exported as `command`). */
import type { Command } from 'commander';

export interface KgCommand<Options = Record<string, never>> {
  /** One line shown by `kg help`. */
  summary: string;
  /** Declares the command's arguments, options and help text on the commander command `main` made for it. */
  configure(command: Command): Command;
  /** Runs the command with its parsed options and operands; resolves to the exit code. */
  run(options: Options, operands: string[]): Promise<number>;
}
