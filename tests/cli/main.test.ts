/**
 * The kg command line (src/cli/main.ts on commander): help, usage errors with exit code
 * 2 and the command's name, defaults shown from the one place that holds them, and the
 * per-article failure report of `kg extract` when an article's extraction fails.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLI_DEFAULTS } from '../../src/cli/defaults.ts';
import { runMain } from './run-main.ts';

// The mock applies in this thread only, so the runs below extract with --jobs 1.
vi.mock('../../src/extract/index.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/extract/index.ts')>();
  return {
    ...actual,
    extractArticle: (...args: Parameters<typeof actual.extractArticle>) => {
      if (args[0].text.includes('Zyxwvut')) throw new RangeError('Invalid array length');
      return actual.extractArticle(...args);
    },
  };
});

const COMMANDS = ['doctor', 'neo4j', 'extract', 'candidates', 'schema', 'seed', 'query', 'cypher', 'export', 'serve', 'start', 'synth'];

describe('kg help', () => {
  it.each([[[]], [['--help']], [['help']]])('kg %j lists every command, exit 0', async (args) => {
    const run = await runMain(args);
    expect(run.code, run.stderr).toBe(0);
    for (const name of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it('kg <command> --help shows its options with the defaults of src/cli/defaults.ts', async () => {
    const query = await runMain(['query', '--help']);
    expect(query.code, query.stderr).toBe(0);
    expect(query.stdout).toMatch(new RegExp(`--limit <n> .*\\(default: ${CLI_DEFAULTS.queryLimit}\\)`));
    expect(query.stdout).toMatch(new RegExp(`--timeout-ms <n> .*\\(default: ${CLI_DEFAULTS.queryTimeoutMs}\\)`));
    const seed = await runMain(['seed', '--help']);
    expect(seed.stdout).toMatch(new RegExp(`--batch-size <n> .*\\(default: ${CLI_DEFAULTS.batchSize}\\)`));
    expect(seed.stdout).not.toMatch(/default: (false|\[\])/);
  });
});

describe('usage errors: exit 2, the command named, no stack trace', () => {
  it.each([
    [['frobnicate'], /^kg: unknown command 'frobnicate'/],
    [['query', '--limit', '0'], /^kg query: option '--limit <n>' argument '0' is invalid\. It must be a whole number ≥ 1\./],
    [['cypher', '--format', 'xml', 'RETURN 1'], /^kg cypher: option '--format <format>' argument 'xml' is invalid\. Allowed choices are table, json\./],
    [['cypher'], /^kg cypher: missing required argument 'query'/],
    [['export'], /^kg export: required option '--format <format>' not specified/],
    [['schema', 'drop'], /^kg schema: command-argument value 'drop' is invalid for argument 'action'/],
    [['extract', '--frobnicate'], /^kg extract: unknown option '--frobnicate'/],
    [['query'], /^kg query: give one query name/],
    [['seed', '--remove', 'a1', 'some/file.txt'], /^kg seed: --remove takes article ids only/],
  ])('kg %j', async (args, message) => {
    const run = await runMain(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('kg extract when one article fails', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-extract-failure-'));
    await writeFile(join(dir, 'a-good.md'), '---\nid: good\ndate: 2022-01-10\n---\nRussia criticised Ukraine on Monday.\n');
    await writeFile(join(dir, 'b-bad.md'), '---\nid: bad\ndate: 2022-01-10\n---\nPresident Tokayev met Zyxwvut officials on Monday.\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints the others, reports the failed file with its reason and the bug hint, exits 1', async () => {
    const run = await runMain(['extract', '--jobs', '1', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`kg extract: ${join(dir, 'b-bad.md')}: article "bad" could not be extracted: extraction raised an error: Invalid array length; ` +
      'this is a bug in newsgraph: please report it with the article.\n');
    const output = JSON.parse(run.stdout) as { relations: { evidence: { article: string }[] }[] };
    expect(output.relations.flatMap((relation) => relation.evidence.map((evidence) => evidence.article))).not.toContain('bad');
    expect(output.relations.length).toBeGreaterThan(0);
  });

  it('--strict: prints nothing on stdout and exits 1', async () => {
    const run = await runMain(['extract', '--jobs', '1', '--strict', dir]);
    expect([run.code, run.stdout]).toEqual([1, '']);
    expect(run.stderr).toMatch(/^kg extract: 1 article\(s\) could not be extracted; nothing printed:\n {2}.*b-bad\.md: article "bad"/);
  });
});

describe('kg candidates --no-topic-packs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-candidates-packs-'));
    await writeFile(join(dir, 'a.md'), '---\nid: packs\ndate: 2022-01-10\n---\nKarim Masimov was arrested in Almaty on Saturday, officials said.\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('leaves out the topic pack seed/catalog.yaml: its actors become candidates', async () => {
    const withPacks = await runMain(['candidates', dir]);
    const generalOnly = await runMain(['candidates', '--no-topic-packs', dir]);
    expect([withPacks.code, generalOnly.code]).toEqual([0, 0]);
    expect(withPacks.stdout).not.toMatch(/^Karim Masimov \(karim-masimov\)/m);
    expect(generalOnly.stdout).toMatch(/^Karim Masimov \(karim-masimov\) — Person/m);
  });
});
