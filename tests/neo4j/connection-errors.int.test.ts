// Bad credentials and unreachable servers become KgErrors with advice, never showing the password.
import { describe, expect, it } from 'vitest';
import { KgError } from '../../src/errors.ts';
import { openDriver } from '../../src/neo4j/driver.ts';
import { findFreePort } from '../../src/neo4j/ports.ts';
import { testConnection } from '../helpers/neo4j.ts';

/** Rejection of `promise`, which must reject. */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (error: Error) => error,
  );
}

describe('openDriver errors', () => {
  it('reports a wrong password with advice and without the password', async () => {
    const wrongPassword = 'Wrong-Pass-7f3c9e';
    const error = await rejection(openDriver({ ...testConnection(), source: 'env', password: wrongPassword }));
    expect(error).toBeInstanceOf(KgError);
    expect(error.message).toMatch(/wrong username or password/);
    expect(error.message).toContain('NEO4J_PASSWORD');
    expect(error.message).not.toContain(wrongPassword);
    expect(error.message).not.toContain(testConnection().password);
  });

  it('says nothing answers at a port without a server, naming the URI', async () => {
    const uri = `bolt://127.0.0.1:${await findFreePort()}`;
    const error = await rejection(openDriver({ ...testConnection(), source: 'env', uri }));
    expect(error).toBeInstanceOf(KgError);
    expect(error.message).toContain(`nothing answers at ${uri}`);
  });

  it('reports an unknown database', async () => {
    const error = await rejection(openDriver({ ...testConnection(), database: 'nosuchdb' }));
    expect(error).toBeInstanceOf(KgError);
    expect(error.message).toContain('no database "nosuchdb"');
  });
});
