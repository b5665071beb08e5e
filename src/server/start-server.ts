/**
 * Starts the HTTP server of `kg serve` in-process (tests and benchmarks use it too):
 * the Hono app on Node's HTTP server, bound to the loopback interface by default.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Driver } from 'neo4j-driver';
import { KgError } from '../errors.ts';
import { createApp, type AppOptions } from './app.ts';

export interface ServerOptions extends AppOptions {
  driver: Driver;
  /** Interface to bind; anything but loopback exposes the graph to the network. */
  host?: string;
  /** TCP port; 0 picks a free one. */
  port?: number;
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:7475/ */
  url: string;
  /** Stops accepting connections and closes open ones; the driver stays open. */
  close(): Promise<void>;
}

export const SERVER_DEFAULTS = { host: '127.0.0.1', port: 7475 };

/** Starts the server; rejects with a KgError when the port is taken or the host invalid. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { driver, host, port, ...appOptions } = { ...SERVER_DEFAULTS, ...options };
  const app = createApp(driver, appOptions);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new KgError(`serve: port ${port} on ${host} is already in use; stop the other program or pass --port <n>.`));
      else if (['EADDRNOTAVAIL', 'ENOTFOUND'].includes(error.code ?? '')) reject(new KgError(`serve: cannot bind to host "${host}"; pass --host 127.0.0.1.`));
      else reject(new KgError(`serve: cannot listen on ${host}:${port}: ${error.message}`));
    });
  });
}
