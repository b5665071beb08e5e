// Loopback port checks used before starting a server.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { findFreePort, isPortFree } from '../../src/neo4j/ports.ts';

describe('ports', () => {
  let listener: net.Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (listener ? listener.close(() => resolve()) : resolve())));

  it('reports a port with a listener as taken, and free again once it closes', async () => {
    const port = await findFreePort();
    expect(await isPortFree(port)).toBe(true);
    listener = net.createServer();
    await new Promise<void>((resolve) => listener!.listen(port, '127.0.0.1', resolve));
    expect(await isPortFree(port)).toBe(false);
    await new Promise<void>((resolve) => listener!.close(() => resolve()));
    listener = undefined;
    expect(await isPortFree(port)).toBe(true);
  });
});
