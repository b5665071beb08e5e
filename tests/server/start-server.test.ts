// Starting the server: loopback by default, a clear error for a taken port.
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start-server.ts';
import { failingDriver } from './fake-driver.ts';

const queryDir = fileURLToPath(new URL('./fixtures/queries/', import.meta.url));
const running: RunningServer[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

describe('startServer', () => {
  it('binds to 127.0.0.1 unless told otherwise', async () => {
    const server = await startServer({ driver: failingDriver('ServiceUnavailable'), port: 0, queryDir });
    running.push(server);
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    const response = await fetch(new URL('/api/queries', server.url));
    expect(response.status).toBe(200);
  });

  it('rejects with a KgError naming the port when it is taken', async () => {
    const first = await startServer({ driver: failingDriver('ServiceUnavailable'), port: 0, queryDir });
    running.push(first);
    const port = Number(new URL(first.url).port);
    await expect(startServer({ driver: failingDriver('ServiceUnavailable'), port, queryDir })).rejects.toThrow(`port ${port}`);
  });
});
