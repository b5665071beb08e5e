// With NEO4J_URI set, kg uses that server and starts nothing (no child process, no PID file).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANAGED_DIR, readNeo4jSettings } from '../../src/neo4j/config.ts';
import { neo4jStatus, openDriver, startNeo4j } from '../../src/neo4j/index.ts';
import { SERVER_MAIN_CLASS } from '../../src/neo4j/server-conf.ts';
import { runCommand } from '../../src/neo4j/toolchain.ts';
import { testConnection } from '../helpers/neo4j.ts';

/** Command lines of the Neo4j servers this test process has started. */
async function childServers(): Promise<string[]> {
  const result = await runCommand('ps', ['-A', '-o', 'ppid=,args=']);
  return result.stdout
    .split('\n')
    .filter((line) => line.trim().split(/\s+/)[0] === String(process.pid) && line.includes(SERVER_MAIN_CLASS));
}

describe('NEO4J_URI source', () => {
  const server = testConnection();
  const settings = readNeo4jSettings({
    NEO4J_URI: server.uri,
    NEO4J_USERNAME: server.username,
    NEO4J_PASSWORD: server.password,
    NEO4J_DATABASE: server.database,
  });
  const pidFile = path.join(MANAGED_DIR, 'server.json');

  it('connects to that server without starting another one', async () => {
    const pidFileBefore = existsSync(pidFile);
    const { connection, alreadyRunning } = await startNeo4j({ settings });
    expect(connection).toMatchObject({ uri: server.uri, source: 'env' });
    expect(alreadyRunning).toBe(true);
    const driver = await openDriver(connection);
    await driver.close();
    expect(await childServers()).toEqual([]);
    expect(existsSync(pidFile)).toBe(pidFileBefore);
  });

  it('reports it running, with its version, in the status', async () => {
    const status = await neo4jStatus({ settings });
    expect(status).toMatchObject({ source: 'env', running: true, uri: server.uri, version: server.version });
    expect(status.pid).toBeUndefined();
  });
});
