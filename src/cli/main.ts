/**
 * The `kg` command-line tool, on commander: finds the subcommand module, declares it
 * and runs it, turning KgError into a one-paragraph message and its exit code, and a
 * usage error (unknown command or option, bad option value) into exit code 2. Set
 * KG_DEBUG=1 to see stack traces of unexpected errors.
 */
import { Command, CommanderError, Help, type Option } from 'commander';
import { KgError } from '../errors.ts';
import type { KgCommand } from './types.ts';

/** Subcommands, loaded on demand so `kg extract` never loads the Neo4j driver. */
const COMMANDS: Record<string, () => Promise<{ command: KgCommand<never> }>> = {
  doctor: () => import('./commands/doctor.ts'),
  neo4j: () => import('./commands/neo4j.ts'),
  extract: () => import('./commands/extract.ts'),
  candidates: () => import('./commands/candidates.ts'),
  schema: () => import('./commands/schema.ts'),
  seed: () => import('./commands/seed.ts'),
  query: () => import('./commands/query.ts'),
  cypher: () => import('./commands/cypher.ts'),
  export: () => import('./commands/export.ts'),
  serve: () => import('./commands/serve.ts'),
  start: () => import('./commands/start.ts'),
  synth: () => import('./commands/synth.ts'),
};

/** Exit code of a usage error: unknown command or option, missing or bad argument. */
const USAGE_ERROR = 2;

/** Option help without the defaults that say nothing: `false` for a flag, `[]` for a repeatable option. */
function optionDescription(this: Help, option: Option): string {
  return Help.prototype.optionDescription.call(this, option).replace(/ \(default: (false|\[\])\)$/, '');
}

/** The `kg` program with `names` declared (only those are loaded); `result.code` receives the command's exit code. */
async function buildProgram(names: readonly string[], result: { code: number }): Promise<Command> {
  const program = new Command('kg')
    .usage('<command> [options]')
    .description('Builds an evidence-backed actor knowledge graph from news articles.')
    .helpCommand(true)
    .addHelpText('after', '\nRun `kg <command> --help` for the options of one command.')
    .exitOverride()
    .configureHelp({ optionDescription })
    .configureOutput({ outputError: (message, write) => write(message.replace(/^error: /, 'kg: ')) });
  for (const name of names) {
    const { command } = await COMMANDS[name]!();
    const sub = program.command(name).summary(command.summary).description(command.summary).showHelpAfterError(`(run \`kg ${name} --help\` for its usage)`);
    sub.configureOutput({ outputError: (message, write) => write(message.replace(/^error: /, `kg ${name}: `)) });
    command.configure(sub).action(async () => {
      result.code = await command.run(sub.opts() as never, sub.args);
    });
  }
  return program;
}

/** Runs `kg` with the given arguments and resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const name = argv.find((arg) => !arg.startsWith('-'));
  const known = name !== undefined && name in COMMANDS;
  const result = { code: 0 };
  try {
    // Every command is declared for `kg help`, only the one run otherwise.
    const program = await buildProgram(known && argv[0] === name ? [name] : Object.keys(COMMANDS), result);
    if (argv.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv, { from: 'user' });
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : USAGE_ERROR;
    if (error instanceof KgError) {
      // Errors are prefixed with what raised them ("seed: …"); don't repeat the command's name.
      const message = name && error.message.startsWith(`${name}: `) ? error.message.slice(name.length + 2) : error.message;
      console.error(`kg ${name}: ${message}`);
      return error.exitCode;
    }
    if (process.env.KG_DEBUG) console.error(error);
    else console.error(`kg ${name}: unexpected error: ${(error as Error)?.message ?? String(error)}\n(set KG_DEBUG=1 to see the stack trace)`);
    return 1;
  }
}
