import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { command } from '../../src/cli/commands/synth.ts';
import { KgError } from '../../src/errors.ts';

const root = mkdtempSync(join(tmpdir(), 'synth-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('kg synth', () => {
  it.each([
    [['--articles', 'ten'], /--articles must be a whole number/],
    [['--articles', '0'], /--articles must be a whole number ≥ 1/],
    [['--articles', '5', '--format', 'csv'], /--format must be one of md, jsonl/],
    [['--articles', '5', '--actors', '3'], /--actors must be a whole number ≥ 40/],
    [['--bogus'], /Unknown option/],
  ])('rejects %j with a usage error and writes nothing', async (args, message) => {
    const out = join(root, 'never');
    const run = command.run([...args, '--out', out]);
    await expect(run).rejects.toThrow(message);
    await expect(run).rejects.toMatchObject({ exitCode: 2 });
    expect(existsSync(out)).toBe(false);
  });

  it('requires --out', async () => {
    await expect(command.run(['--articles', '5'])).rejects.toBeInstanceOf(KgError);
  });

  it('writes the corpus files', async () => {
    const out = join(root, 'corpus');
    expect(await command.run(['--articles', '3', '--out', out, '--format', 'jsonl'])).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['articles.jsonl', 'catalog.yaml', 'ground-truth.json']);
  });
});
