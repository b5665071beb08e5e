/**
 * The YAML loaders (actor catalog and ontology) on hostile input: arbitrary text,
 * valid files with one value replaced by a value of any type, deep nesting, alias
 * bombs and oversized files. Each either loads or throws a KgError whose message
 * starts with the file name; nothing else ever escapes, and nothing hangs.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';
import { KgError } from '../../src/errors.ts';
import { loadOntology } from '../../src/ontology/load.ts';

const FIXTURES = new URL('./fixtures/', import.meta.url);

let dir: string;
let validCatalog: unknown;
let validOntology: unknown;
let written = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-yaml-'));
  validCatalog = parse(await readFile(new URL('small-catalog.yaml', FIXTURES), 'utf8'));
  validOntology = parse(await readFile(new URL('../ontology/fixtures/valid-minimal.yaml', import.meta.url), 'utf8'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const LOADERS = {
  catalog: (file: string) => loadCatalog([file]),
  ontology: (file: string) => loadOntology(file),
};
type LoaderName = keyof typeof LOADERS;

/** Writes `text` to a fresh file and loads it; resolves to the error thrown, or undefined. */
async function loadText(loader: LoaderName, text: string): Promise<{ file: string; error: unknown }> {
  const file = join(dir, `${loader}-${written++}.yaml`);
  await writeFile(file, text);
  try {
    LOADERS[loader](file);
    return { file, error: undefined };
  } catch (error) {
    return { file, error };
  }
}

/** Asserts the outcome is a success or a KgError naming the file. */
function expectCleanOutcome({ file, error }: { file: string; error: unknown }): void {
  if (error === undefined) return;
  expect(error).toBeInstanceOf(KgError);
  expect((error as KgError).message).toContain(file);
}

/** Every path to a value inside `value` (the root included). */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const paths = [prefix];
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      paths.push(...pathsOf(child, [...prefix, Array.isArray(value) ? Number(key) : key]));
    }
  }
  return paths;
}

/** A deep copy of `value` with the value at `path` replaced. */
function replaceAt(value: unknown, path: Array<string | number>, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = replacement;
  return copy;
}

const yamlNoise = fc
  .array(
    fc.oneof(
      fc.constantFrom('- ', ': ', '\n', '  ', '[', ']', '{', '}', '&a ', '*a', '!!str ', '"', "'", '#', '|', '>', '---\n', '? '),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe.each(Object.keys(LOADERS) as LoaderName[])('the %s loader', (loader) => {
  const valid = () => (loader === 'catalog' ? validCatalog : validOntology);

  it('loads the valid fixture (so the mutations below start from a file that works)', async () => {
    const outcome = await loadText(loader, stringify(valid()));
    expect(outcome.error).toBeUndefined();
  });

  it('gives a KgError naming the file for arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(yamlNoise, fc.string({ maxLength: 200 })), async (text) => expectCleanOutcome(await loadText(loader, text))),
      { numRuns: 150 },
    );
  });

  it('gives a KgError naming the file and line when any one value has the wrong type', async () => {
    const paths = pathsOf(valid());
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }), async (path, replacement) => {
        const outcome = await loadText(loader, stringify(replaceAt(valid(), path, replacement)));
        expectCleanOutcome(outcome);
        if (outcome.error) expect((outcome.error as KgError).message).toMatch(new RegExp(`${outcome.file.replaceAll('.', '\\.')}(:\\d+|: \\d+ problems)`));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses 10,000 levels of nesting with a KgError, not a stack overflow', async () => {
    const flow = await loadText(loader, `${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    expect(flow.error).toBeInstanceOf(KgError);
    expect((flow.error as KgError).message).toMatch(/nesting is deeper than/);
    const block = await loadText(loader, Array.from({ length: 2_000 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n'));
    expect(block.error).toBeInstanceOf(KgError);
  });

  it('refuses an alias bomb (billion laughs) with a KgError', async () => {
    const levels = Array.from({ length: 9 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`);
    const outcome = await loadText(loader, ['l0: &l0 lol', ...levels].join('\n'));
    expect(outcome.error).toBeInstanceOf(KgError);
    expect((outcome.error as KgError).message).toMatch(/alias/i);
  });

  it('refuses a file over the size limit before parsing it', async () => {
    const outcome = await loadText(loader, `note: "${'x'.repeat(6_000_000)}"\n`);
    expect(outcome.error).toBeInstanceOf(KgError);
    expect((outcome.error as KgError).message).toMatch(/larger than/);
  });
});
