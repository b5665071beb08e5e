/**
 * The `kg` command-line tool: finds the subcommand module and runs it, turning
 * KgError into a one-paragraph message and a non-zero exit code. Set KG_DEBUG=1
 * to see stack traces of unexpected errors.
 */
import { KgError } from '../errors.ts';
import type { Command } from './types.ts';

/** Subcommands, loaded on demand so `kg extract` never loads the Neo4j driver. */
const commands: Record<string, () => Promise<{ command: Command }>> = {
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

async function loadCommand(name: string): Promise<Command | undefined> {
  const load = commands[name];
  if (!load) return undefined;
  try {
    return (await load()).command;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

async function help(): Promise<string> {
  const lines = ['Usage: kg <command> [options]', '', 'Commands:'];
  for (const name of Object.keys(commands)) {
    const command = await loadCommand(name);
    if (command) lines.push(`  ${name.padEnd(12)}${command.summary}`);
  }
  lines.push('', 'Run `kg <command> --help` for the options of one command.');
  return lines.join('\n');
}

/** Runs `kg` with the given arguments and resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (!name || name === 'help' || name === '--help' || name === '-h') {
      console.log(await help());
      return 0;
    }
    const command = await loadCommand(name);
    if (!command) {
      console.error(`kg: unknown command "${name}".\n\n${await help()}`);
      return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      console.log(command.usage);
      return 0;
    }
    return await command.run(rest);
  } catch (error) {
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
