/** The contract every `kg` subcommand module fulfils (src/cli/commands/<name>.ts). */
export interface Command {
  /** One line shown by `kg help`. */
  summary: string;
  /** Usage text shown by `kg <name> --help`. */
  usage: string;
  /** Runs the command with the arguments after its name; resolves to the exit code. */
  run(argv: string[]): Promise<number>;
}
