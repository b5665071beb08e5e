/**
 * `kg start` (what `npm start` runs): the main job on a fresh machine. Provisions Neo4j
 * (NEO4J_URI, else Docker, else a managed local server), seeds the articles, then
 * serves the viewer and prints its URL. Each step is the ordinary command, so
 * `kg start` does nothing that `kg seed` and `kg serve` would not. Ctrl-C, at any step,
 * stops what it started (the viewer server, and the Neo4j unless --keep-running) and
 * leaves a Neo4j it found running alone.
 */
import { Command } from 'commander';
import { startNeo4j, stopNeo4j } from '../../neo4j/index.ts';
import { wholeNumber } from '../options.ts';
import type { KgCommand } from '../types.ts';
import { command as seed } from './seed.ts';
import { interrupted, serve, SERVE_DEFAULTS } from './serve.ts';

interface StartOptions {
  host: string;
  port: number;
  keepRunning: boolean;
}

/** Exit code of a run ended by Ctrl-C (128 + SIGINT), as shells report it. */
const INTERRUPTED_EXIT = 130;

/**
 * What to do with Neo4j once `kg start` ends: stop it only when this run started it and
 * `--keep-running` was not given. Resolves to the message for the user.
 */
export async function releaseNeo4j(started: { alreadyRunning: boolean; uri: string }, keepRunning: boolean, stop = stopNeo4j): Promise<string> {
  if (started.alreadyRunning) return `Neo4j at ${started.uri} was already running: left it running.`;
  if (keepRunning) return `Neo4j at ${started.uri} keeps running (--keep-running); stop it with \`kg neo4j stop\`.`;
  return (await stop()).message;
}

export const command: KgCommand<StartOptions> = {
  summary: 'Provision Neo4j, seed the articles and serve the viewer (npm start)',
  configure: (command) =>
    command
      .description('Provisions Neo4j, seeds the articles (default seed/articles) and serves the viewer until Ctrl-C. ' +
        'Re-running it is safe: unchanged articles are skipped. Ctrl-C stops the viewer and the Neo4j this run ' +
        'started; a Neo4j that was already running is left alone.')
      .argument('[paths...]', 'article files or directories to seed')
      .option('--host <host>', 'interface the viewer binds', SERVE_DEFAULTS.host)
      .option('--port <n>', 'TCP port of the viewer', wholeNumber(0), SERVE_DEFAULTS.port)
      .option('--keep-running', 'leave the Neo4j this run started running after Ctrl-C', false),
  async run(options, paths) {
    const stop = interrupted();
    const neo4j = await startNeo4j({ onProgress: (message) => console.error(message) });
    const started = { alreadyRunning: neo4j.alreadyRunning, uri: neo4j.connection.uri };
    const release = async () => console.error(`kg start: ${await releaseNeo4j(started, options.keepRunning)}`);
    try {
      // `kg seed <paths>` with its own defaults, parsed as that command would.
      const seedCommand = seed.configure(new Command('seed')).exitOverride().parse(paths, { from: 'user' });
      const seeded = await Promise.race([seed.run(seedCommand.opts(), seedCommand.args), stop.then(() => undefined)]);
      if (seeded === undefined) {
        // Ctrl-C while seeding: the load in flight is abandoned (each batch is one transaction) and the process ends here.
        console.error('kg start: interrupted while seeding; batches committed so far stay in the graph.');
        await release();
        process.exit(INTERRUPTED_EXIT);
      }
      if (seeded !== 0) console.error('kg start: some articles could not be seeded (see above); serving the graph as it is.');
      return await serve({ ...SERVE_DEFAULTS, host: options.host, port: options.port }, stop, 'start');
    } finally {
      await release();
    }
  },
};
