/**
 * `kg start` (what `npm start` runs): the main job on a fresh machine. Provisions Neo4j
 * (NEO4J_URI, else Docker, else a managed local server), seeds the articles, then
 * serves the viewer and prints its URL. Each step is the ordinary command, so
 * `kg start` does nothing that `kg seed` and `kg serve` would not.
 */
import { command as seed } from './seed.ts';
import { command as serve } from './serve.ts';
import type { Command } from '../types.ts';

const usage = `Usage: kg start [seed paths…] [--host 127.0.0.1] [--port 7475]

Provisions Neo4j, seeds the articles (default seed/articles) and serves the viewer
until Ctrl-C. Re-running it is safe: unchanged articles are skipped.`;

/** Splits argv into the seed command's paths and the serve command's options. */
function splitArgs(argv: string[]): { seedArgs: string[]; serveArgs: string[] } {
  const seedArgs: string[] = [];
  const serveArgs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--host' || arg === '--port') serveArgs.push(arg, argv[++i] ?? '');
    else if (arg.startsWith('--host=') || arg.startsWith('--port=')) serveArgs.push(arg);
    else seedArgs.push(arg);
  }
  return { seedArgs, serveArgs };
}

export const command: Command = {
  summary: 'Provision Neo4j, seed the articles and serve the viewer (npm start)',
  usage,
  async run(argv) {
    const { seedArgs, serveArgs } = splitArgs(argv);
    const seeded = await seed.run(seedArgs);
    if (seeded !== 0) console.error('kg start: some articles could not be seeded (see above); serving the graph as it is.');
    return serve.run(serveArgs);
  },
};
