/**
 * Commands that need Neo4j, pointed at a port where nothing listens: each ends with a
 * one-line message naming the address and what to check, a non-zero exit code, no
 * stack trace and no password — and quickly, without a retry loop that looks like a hang.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/neo4j/ports.ts';
import { hasStackTrace, runKg } from './run-kg.ts';

const PASSWORD = 'unreachable-server-password-7f3a';

describe.concurrent('with NEO4J_URI on a closed port', { timeout: 120_000 }, () => {
  let uri: string;
  beforeAll(async () => {
    uri = `bolt://127.0.0.1:${await findFreePort()}`;
  });

  it.each([
    ['seed', ['seed', 'tests/reliability/fixtures/missing-date.md']],
    ['query', ['query', 'search', '--param', 'q=Tokayev']],
    ['cypher', ['cypher', 'MATCH (n) RETURN count(n)']],
  ])('kg %s fails cleanly', async (name, args) => {
    const run = await runKg(args, { env: { NEO4J_URI: uri, NEO4J_PASSWORD: PASSWORD }, timeoutMs: 90_000 });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain(`kg ${name}: neo4j: nothing answers at ${uri}`);
    expect(run.stderr).toMatch(/Check NEO4J_URI/);
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(run.stdout + run.stderr).not.toContain(PASSWORD);
  });
});
