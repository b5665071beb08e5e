// The harness end to end at tiny sizes, on the integration tests' Neo4j: every section
// runs and the results files are well formed. No timing is asserted.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchResults } from '../../bench/report.ts';
import { PRESETS, runBench } from '../../bench/run-bench.ts';
import { testConnection } from '../helpers/neo4j.ts';

const outDir = mkdtempSync(join(tmpdir(), 'bench-test-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('runBench (tiny preset)', () => {
  it('runs every section and writes results.json and results.md', { timeout: 900_000 }, async () => {
    const returned = await runBench({ ...PRESETS.tiny, outDir, connection: testConnection() }, () => undefined);
    const written = JSON.parse(readFileSync(join(outDir, 'results.json'), 'utf8')) as BenchResults;
    expect(written).toEqual(JSON.parse(JSON.stringify(returned)));

    expect(written.machine).toMatchObject({ cores: expect.any(Number), node: process.versions.node, neo4j: expect.stringMatching(/^5\./) });
    expect(written.sections.map((section) => [section.name, section.error])).toEqual([
      ['Extraction on real text', undefined],
      ['Extraction', undefined],
      ['Loading into Neo4j', undefined],
      ['Named queries', undefined],
      ['HTTP API under load', undefined],
      ['Viewer', undefined],
    ]);
    for (const section of written.sections) {
      expect(section.rows.length, section.name).toBeGreaterThan(0);
      for (const row of section.rows) {
        expect(Number.isFinite(row.value), `${section.name}: ${row.figure}`).toBe(true);
        if (row.baseline) expect(row.ratio).toBeCloseTo(row.value / row.baseline.value);
      }
    }
    const apiErrors = written.sections.find((section) => section.name === 'HTTP API under load')!.rows.find((row) => row.figure === 'ego errors')!;
    expect(apiErrors.value).toBe(0);

    const markdown = readFileSync(join(outDir, 'results.md'), 'utf8');
    for (const section of written.sections) expect(markdown).toContain(`## ${section.name}`);
  });
});
