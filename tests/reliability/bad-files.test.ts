/**
 * The real bad-input cases through the real CLI (`kg extract`, no database needed):
 * each gives a clear message naming the file (and line), a non-zero exit code, no
 * stack trace, and with --strict no output at all. A missing date is accepted; a
 * 5 MB article is read and extracted; a file over the size limit is refused.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticles } from '../../src/ingest/index.ts';
import { hasStackTrace, runKg } from './run-kg.ts';

/** Each case starts `kg` (a few seconds under load), twice for some. */
const CLI_CASE = { timeout: 60_000 };

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
/** A readable article to go with a bad catalog or ontology. */
const GOOD_ARTICLE = fixture('missing-date.md');

/** Cases where the article file itself is bad: the message must name it and say why. */
const BAD_ARTICLES = [
  { file: 'empty.txt', reason: /is empty/ },
  { file: 'binary.txt', reason: /looks binary/ },
  { file: 'invalid-utf8.txt', reason: /not valid UTF-8/ },
  { file: 'impossible-date.md', line: 3, reason: /"2022-02-30" is not a real calendar day/ },
];

describe.concurrent('kg extract on bad article files', CLI_CASE, () => {
  const files = [...BAD_ARTICLES.map(({ file }) => `tests/reliability/fixtures/${file}`), 'tests/reliability/fixtures/duplicate-ids.jsonl', GOOD_ARTICLE];
  const where = ({ file, line }: (typeof BAD_ARTICLES)[number]) => `tests/reliability/fixtures/${file}${line === undefined ? '' : `:${line}`}`;

  it('skips each bad file with a message naming it (and the line) and why, extracts the rest, exits 1', async () => {
    const run = await runKg(['extract', ...files]);
    expect(run.code).toBe(1);
    for (const bad of BAD_ARTICLES) expect(run.stderr).toMatch(new RegExp(`^kg extract: ${where(bad).replaceAll('.', '\\.')}: .*${bad.reason.source}`, 'm'));
    // A repeated id in JSON Lines: the first record is kept, the repeat reported with its line.
    expect(run.stderr).toMatch(/duplicate-ids\.jsonl:3: the id "report-1" is already used by line 1/);
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(JSON.parse(run.stdout)).toHaveProperty('relations');
  });

  it('with --strict lists every problem, prints nothing on stdout and exits 1', async () => {
    const run = await runKg(['extract', '--strict', ...files]);
    expect(run.code).toBe(1);
    for (const bad of BAD_ARTICLES) expect(run.stderr).toContain(where(bad));
    expect(run.stderr).toMatch(/5 problems in the articles/);
    expect(run.stdout).toBe('');
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('an article without a date is accepted (exit 0)', async () => {
    const run = await runKg(['extract', GOOD_ARTICLE]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(JSON.parse(run.stdout)).toHaveProperty('actors');
  });
});

describe.concurrent('kg extract with a bad catalog or ontology', CLI_CASE, () => {
  it('a catalog giving one alias to two actors: file:line and both actors named', async () => {
    const run = await runKg(['extract', '--catalog', 'tests/reliability/fixtures/duplicate-alias-catalog.yaml', GOOD_ARTICLE]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /duplicate-alias-catalog\.yaml:\d+: .*"The Chairwoman" names both (dana-sarsen and aruzhan-bekova|aruzhan-bekova and dana-sarsen)/,
    );
    expect([run.stdout, hasStackTrace(run.stderr)]).toEqual(['', false]);
  });

  it('an ontology with an unknown actor type: file:line, the path and the allowed types', async () => {
    const run = await runKg(['extract', '--ontology', 'tests/reliability/fixtures/unknown-actor-type-ontology.yaml', GOOD_ARTICLE]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/unknown-actor-type-ontology\.yaml:12: relations\.ARRESTED\.source\[1\]: must be one of .*\(got "Militia"\)/);
    expect([run.stdout, hasStackTrace(run.stderr)]).toEqual(['', false]);
  });

  it('a catalog path that does not exist', async () => {
    const run = await runKg(['extract', '--catalog', 'no/such/file.yaml', GOOD_ARTICLE]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no\/such\/file\.yaml: cannot read the file \(ENOENT\)/);
  });
});

describe('large articles', CLI_CASE, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsgraph-large-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** About `bytes` of plain prose (generated, not committed). */
  const prose = (bytes: number) => {
    const paragraph = 'Officials in the capital said on Monday that talks between the two delegations would continue, according to a ministry statement.\n\n';
    return `date 2022-01-09 ${paragraph.repeat(Math.ceil(bytes / paragraph.length))}`;
  };

  it('a 5 MB article is read and extracted (exit 0)', async () => {
    const file = join(dir, 'five-megabytes.txt');
    await writeFile(file, prose(5_000_000));
    const run = await runKg(['extract', file, '--format', 'table']);
    expect([run.code, run.stderr]).toEqual([0, '']);
  });

  it('a file over the size limit is a problem naming it, without being read', async () => {
    const file = join(dir, 'too-big.txt');
    await writeFile(file, prose(2_100_000));
    const { articles, problems } = await readArticles([file], { maxBytes: 2_000_000 });
    expect(articles).toEqual([]);
    expect(problems).toEqual([{ file, reason: expect.stringMatching(/over the 2\.0 MB limit/) }]);
  });
});
