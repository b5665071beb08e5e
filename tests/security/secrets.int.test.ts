/**
 * Credentials never show: every `kg` command that touches Neo4j is run as a user runs
 * it — with the right password (doctor, neo4j status, seed, query, cypher, a brief
 * serve) and with a wrong one (the same commands, failing) — and all their output is
 * searched for the password. API error responses are searched too.
 */
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { openDriver } from '../../src/neo4j/driver.ts';
import { createApp } from '../../src/server/app.ts';
import { testConnection } from '../helpers/neo4j.ts';
import { runKg, type KgRun } from '../reliability/run-kg.ts';

const connection = testConnection();
const WRONG_PASSWORD = 'wrong-Secret-4c1d9e';
const env = (password: string) => ({
  NEO4J_URI: connection.uri,
  NEO4J_USERNAME: connection.username,
  NEO4J_PASSWORD: password,
  NEO4J_DATABASE: connection.database,
});

/** Commands a user runs against the database; each is also run with the wrong password. */
const COMMANDS = [
  ['doctor'],
  ['neo4j', 'status'],
  ['seed', 'tests/reliability/fixtures/missing-date.md'],
  ['query', 'search', '--param', 'q=Tokayev'],
  ['cypher', 'MATCH (n) RETURN count(n) AS nodes'],
  ['cypher', 'CREATE (n) RETURN n'],
];

/** All a run printed, for searching. */
const output = (run: KgRun) => `${run.stdout}\n${run.stderr}`;

// Neo4j locks a user out for a few seconds after failed logins: wait it out so later test files can log in.
afterAll(async () => {
  for (let attempt = 0; attempt < 30; attempt++) {
    try {
      await (await openDriver(connection)).close();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}, 60_000);

describe('no command prints the password', { timeout: 180_000 }, () => {
  it('with the right password: doctor, neo4j status, seed, query, cypher', async () => {
    for (const args of COMMANDS) {
      const run = await runKg(args, { env: env(connection.password) });
      expect(output(run), `kg ${args.join(' ')}`).not.toContain(connection.password);
    }
  });

  it('kg serve, run briefly, prints neither the password nor a non-loopback address', async () => {
    const run = await runKg(['serve', '--port', '0'], { env: env(connection.password), stopWhen: /viewer and API on http/ });
    expect(run.stdout).toMatch(/viewer and API on http:\/\/127\.0\.0\.1:\d+\//);
    expect(run.code, run.stderr).toBe(0);
    expect(output(run)).not.toContain(connection.password);
  });

  it('with a wrong password: every command fails with a clean message that does not echo it', async () => {
    // doctor and neo4j status report the refusal rather than fail; they are searched below.
    const reporting = ['doctor', 'neo4j'];
    for (const args of COMMANDS.filter(([name]) => !reporting.includes(name!))) {
      const run = await runKg(args, { env: env(WRONG_PASSWORD) });
      expect(run.code, `kg ${args.join(' ')}`).toBe(1);
      expect(run.stderr).toMatch(/wrong username or password|blocks logins/);
      expect(output(run)).not.toContain(WRONG_PASSWORD);
    }
    for (const args of COMMANDS.filter(([name]) => reporting.includes(name!))) {
      const run = await runKg(args, { env: env(WRONG_PASSWORD) });
      expect(output(run), `kg ${args.join(' ')}`).not.toContain(WRONG_PASSWORD);
    }
  });

  it('API error responses carry no credentials', async () => {
    const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, WRONG_PASSWORD));
    try {
      const app = createApp(driver, { database: connection.database, log: () => {} });
      for (const path of ['/api/health', '/api/search?q=Tokayev', '/api/query/ego?name=Tokayev']) {
        const response = await app.request(path);
        const body = await response.text();
        expect(response.status, path).toBeGreaterThanOrEqual(500);
        expect(JSON.parse(body)).toHaveProperty('error.message');
        expect(body).not.toContain(WRONG_PASSWORD);
        expect(body).not.toContain(connection.password);
      }
    } finally {
      await driver.close();
    }
  });
});
