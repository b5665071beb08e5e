import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { dumpGraph } from '../../src/graph/dump.ts';
import { graphTotals } from '../../src/graph/loader.ts';
import { clearDatabase, testConnection, testDriver } from '../helpers/neo4j.ts';

const SEED = join(import.meta.dirname, '../../seed/articles');
const [FIRST, SECOND] = readdirSync(SEED).filter((file) => file.endsWith('.txt')).sort() as [string, string];
const connection = testConnection();
const { database } = connection;
let driver: Driver;

/** A directory holding copies of the given seed articles (and any extra files). */
function articleDir(files: string[], extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-seed-'));
  for (const file of files) copyFileSync(join(SEED, file), join(dir, file));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

async function kg(...argv: string[]): Promise<number> {
  return main(argv);
}

async function articleIds(): Promise<string[]> {
  const { records } = await driver.executeQuery('MATCH (a:Article) RETURN a.id AS id ORDER BY id', {}, { database });
  return records.map((record) => record.get('id'));
}

beforeAll(async () => {
  vi.stubEnv('NEO4J_URI', connection.uri);
  vi.stubEnv('NEO4J_USERNAME', connection.username);
  vi.stubEnv('NEO4J_PASSWORD', connection.password);
  vi.stubEnv('NEO4J_DATABASE', database);
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  driver = await testDriver();
  await clearDatabase(driver, { schema: true });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await driver.close();
});
beforeEach(() => driver.executeQuery('MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n', {}, { database }));

describe('kg seed on the seed articles', () => {
  it('finds the main actors and the Tokayev–Putin call; a second run changes nothing', async () => {
    expect(await kg('seed', SEED)).toBe(0);
    const { records } = await driver.executeQuery('MATCH (a:Actor) RETURN a.name AS name', {}, { database });
    const names = records.map((record) => record.get('name'));
    for (const name of ['Kassym-Jomart Tokayev', 'Nursultan Nazarbayev', 'Karim Masimov', 'Vladimir Putin', 'Collective Security Treaty Organization']) {
      expect(names).toContain(name);
    }
    const call = await driver.executeQuery(
      `MATCH (:Actor {name: 'Kassym-Jomart Tokayev'})-[r:COMMUNICATED_WITH]-(:Actor {name: 'Vladimir Putin'})
       MATCH (article:Article)-[:HAS_EVIDENCE]->(:Evidence {relKey: r.relKey})
       RETURN collect(DISTINCT article.id) AS articles`,
      {},
      { database },
    );
    expect(call.records[0]?.get('articles').sort()).toEqual(await articleIds());

    const first = await dumpGraph(driver, database);
    expect(await kg('seed', SEED)).toBe(0);
    expect(await dumpGraph(driver, database)).toEqual(first);
  });

  it('--remove leaves the graph a seed of the other article alone would build', async () => {
    expect(await kg('seed', articleDir([FIRST]))).toBe(0);
    const alone = await dumpGraph(driver, database);
    const [firstId] = await articleIds();
    await driver.executeQuery('MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n', {}, { database });

    expect(await kg('seed', SEED)).toBe(0);
    const secondId = (await articleIds()).find((id) => id !== firstId)!;
    expect(await kg('seed', '--remove', secondId)).toBe(0);
    expect(await dumpGraph(driver, database)).toEqual(alone);
    expect(await kg('seed', '--remove', secondId)).toBe(1);
  });

  it('extracts unchanged articles again once the catalog changed, then skips them again', async () => {
    const extraCatalog = join(
      articleDir([], { 'extra.yaml': 'actors:\n  - {id: test-observer-mission, name: Test Observer Mission, type: Organization}\n' }),
      'extra.yaml',
    );
    const summaries = () =>
      vi
        .mocked(console.log)
        .mock.calls.map((call) => String(call[0]))
        .filter((line) => line.startsWith('kg seed: articles:'));
    const before = summaries().length;
    expect(await kg('seed', SEED)).toBe(0);
    expect(await kg('seed', SEED, '--catalog', extraCatalog)).toBe(0);
    expect(await kg('seed', SEED, '--catalog', extraCatalog)).toBe(0);
    expect(
      summaries()
        .slice(before)
        .map((line) => /(\d+) new, (\d+) changed, (\d+) unchanged/.exec(line)!.slice(1).join('/')),
    ).toEqual(['2/0/0', '0/2/0', '0/0/2']);
  });

  it('skips a bad file and says so; with --strict writes nothing at all', async () => {
    const dir = articleDir([FIRST], { 'empty.txt': '', 'broken.jsonl': '{"id": \n' });
    expect(await kg('seed', '--strict', dir)).toBe(1);
    expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/empty\.txt.*empty/));
    expect((await graphTotals(driver, database)).articles).toBe(0);

    expect(await kg('seed', dir)).toBe(1);
    expect((await graphTotals(driver, database)).articles).toBe(1);
  });
});

describe('kg cypher', () => {
  it('refuses a write query and leaves the node count unchanged', async () => {
    expect(await kg('seed', articleDir([SECOND]))).toBe(0);
    const before = await graphTotals(driver, database);
    expect(await kg('cypher', 'CREATE (n) RETURN n')).toBe(1);
    expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/refused/));
    expect(await graphTotals(driver, database)).toEqual(before);
    expect(await kg('cypher', 'MATCH (n) RETURN count(n) AS nodes')).toBe(0);
  });
});
