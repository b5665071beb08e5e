import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../cli/run-main.ts';

const root = mkdtempSync(join(tmpdir(), 'synth-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('kg synth', () => {
  it.each([
    [['--articles', 'ten'], /--articles <n>' argument 'ten' is invalid\. It must be a whole number ≥ 1/],
    [['--articles', '0'], /--articles <n>' argument '0' is invalid\. It must be a whole number ≥ 1/],
    [['--articles', '5', '--format', 'csv'], /--format <format>' argument 'csv' is invalid\. Allowed choices are md, jsonl/],
    [['--articles', '5', '--actors', '3'], /--actors <n>' argument '3' is invalid\. It must be a whole number ≥ 40/],
    [['--articles', '5', '--bogus'], /unknown option '--bogus'/],
  ])('rejects %j with a usage error and writes nothing', async (args, message) => {
    const out = join(root, 'never');
    const run = await runMain(['synth', ...args, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^kg synth: .*${message.source}`));
    expect(existsSync(out)).toBe(false);
  });

  it('requires --out', async () => {
    const run = await runMain(['synth', '--articles', '5']);
    expect([run.code, run.stderr]).toEqual([2, expect.stringMatching(/^kg synth: required option '--out <dir>' not specified/)]);
  });

  it('writes the corpus files', async () => {
    const out = join(root, 'corpus');
    expect((await runMain(['synth', '--articles', '3', '--out', out, '--format', 'jsonl'])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['articles.jsonl', 'catalog.yaml', 'ground-truth.json']);
  });
});
