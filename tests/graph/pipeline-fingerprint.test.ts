/**
 * The pipeline fingerprint: it follows imports (a changed imported module changes it, a
 * module nobody imports does not), covers extraction, catalog, ontology and the loader's
 * row building, and depends on contents, never on paths.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importGraph, pipelineFingerprint, pipelineSources } from '../../src/graph/pipeline-fingerprint.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('pipelineFingerprint', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-fingerprint-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('depends on the contents of the given files, not on their paths', () => {
    const catalog = file('a.yaml', 'actors: []\n');
    const copy = file('b.yaml', 'actors: []\n');
    const edited = file('c.yaml', 'actors: [{id: x, name: X, type: Group}]\n');
    expect(pipelineFingerprint([catalog])).toBe(pipelineFingerprint([copy]));
    expect(pipelineFingerprint([edited])).not.toBe(pipelineFingerprint([catalog]));
    expect(pipelineFingerprint([catalog, edited])).not.toBe(pipelineFingerprint([catalog]));
  });

  it('changes when a module the entry imports (directly or not) changes, not when an unimported one does', () => {
    const entry = file('entry.ts', "import { b } from './b.ts';\nexport { c } from \"./c.ts\";\nconst d = () => import('./d.ts');\n");
    file('b.ts', "import type { E } from './e.ts';\nexport const b = 1;\n");
    file('c.ts', 'export const c = 1;\n');
    file('d.ts', 'export const d = 1;\n');
    file('e.ts', 'export type E = 1;\n');
    file('unused.ts', 'export const unused = 1;\n');
    const graph = importGraph([entry]).map((path) => relative(dir, path));
    expect(graph).toEqual(['b.ts', 'c.ts', 'd.ts', 'e.ts', 'entry.ts']);
    const before = pipelineFingerprint([], importGraph([entry]));
    file('unused.ts', 'export const unused = 2;\n');
    expect(pipelineFingerprint([], importGraph([entry]))).toBe(before);
    file('e.ts', 'export type E = 2;\n');
    expect(pipelineFingerprint([], importGraph([entry]))).not.toBe(before);
  });

  it('covers every module of extraction, catalog and ontology, the row builder and the data folders; not the server or Neo4j provisioning', () => {
    const sources = new Set(pipelineSources().map((path) => relative(ROOT, path)));
    const modulesOf = (folder: string) => readdirSync(join(ROOT, folder)).filter((name) => name.endsWith('.ts')).map((name) => `${folder}/${name}`);
    for (const folder of ['src/catalog']) for (const module of modulesOf(folder)) expect(sources).toContain(module);
    for (const module of [
      'src/extract/index.ts',
      'src/extract/resolution.ts',
      'src/graph/rows.ts',
      'src/graph/loader.ts',
      'src/graph/relationships.ts',
      'src/ontology/load.ts',
      'schema/ontology.yaml',
    ]) {
      expect(sources).toContain(module);
    }
    expect([...sources].filter((path) => path.startsWith('src/server/') || path.startsWith('src/neo4j/') || path.startsWith('src/cli/'))).toEqual([]);
  });
});
