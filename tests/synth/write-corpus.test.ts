import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';
import { readArticles } from '../../src/ingest/index.ts';
import { readGroundTruth } from '../../src/synth/ground-truth.ts';
import { writeCorpus, type WriteCorpusOptions } from '../../src/synth/write-corpus.ts';

const root = mkdtempSync(join(tmpdir(), 'synth-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file under `dir` with its bytes, keyed by relative path. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(path.slice(dir.length), readFileSync(path, 'latin1'));
    }
  }
  return files;
}

let runs = 0;
async function generate(options: Partial<WriteCorpusOptions>): Promise<string> {
  const out = join(root, `run-${(runs += 1)}`);
  await writeCorpus({ out, articles: 20, seed: 11, ...options });
  return out;
}

describe('writeCorpus', () => {
  it('writes byte-identical files for the same arguments, in both formats', async () => {
    for (const format of ['md', 'jsonl'] as const) {
      const first = snapshot(await generate({ format }));
      const second = snapshot(await generate({ format }));
      expect(first.size).toBeGreaterThan(2);
      expect(second).toEqual(first);
    }
  });

  it('writes a different corpus for a different seed', async () => {
    const a = snapshot(await generate({ format: 'jsonl', seed: 1 }));
    const b = snapshot(await generate({ format: 'jsonl', seed: 2 }));
    expect(b.get('/articles.jsonl')).not.toEqual(a.get('/articles.jsonl'));
    expect(b.get('/catalog.yaml')).not.toEqual(a.get('/catalog.yaml'));
  });

  it('states each ground-truth relation in a sentence of its article, as ingest reads it', async () => {
    const out = await generate({ articles: 40, seed: 5 });
    const truth = await readGroundTruth(join(out, 'ground-truth.json'));
    const { articles, problems } = await readArticles([join(out, 'articles')]);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(40);
    const textOf = new Map(articles.map((article) => [article.id, article.text]));
    const actorIds = new Set(truth.actors.map((actor) => actor.id));
    let relations = 0;
    for (const entry of truth.articles) {
      const text = textOf.get(entry.article);
      expect(text, entry.article).toBeDefined();
      for (const relation of entry.relations) {
        relations += 1;
        expect(text).toContain(relation.sentence);
        expect(actorIds.has(relation.source) && actorIds.has(relation.target)).toBe(true);
        expect(entry.actors).toEqual(expect.arrayContaining([relation.source, relation.target]));
      }
    }
    expect(relations).toBeGreaterThan(40);
  });

  it('writes a catalog that loadCatalog accepts and that holds every ground-truth actor', async () => {
    const out = await generate({ actors: 400, seed: 9 });
    const catalog = loadCatalog([join(out, 'catalog.yaml')], { general: false });
    const truth = await readGroundTruth(join(out, 'ground-truth.json'));
    expect(catalog.actors.length).toBe(truth.actors.length);
    for (const { id } of truth.actors) expect(catalog.byId.has(id), id).toBe(true);
  });

  it('refuses an output directory holding other files, and writes nothing there', async () => {
    await generate({ articles: 1 });
    const before = snapshot(root);
    await expect(writeCorpus({ out: root, articles: 3 })).rejects.toThrow(/did not write.*choose an empty or new directory/);
    expect(snapshot(root)).toEqual(before);
  });
});
