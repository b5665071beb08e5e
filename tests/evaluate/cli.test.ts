// `npm run eval` as a command: a benchmark file ends with its `NAME: P=… R=… F1=…` line and
// exits 0; bad arguments and malformed files exit 1 with a message naming what is wrong.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REDOCRED = fileURLToPath(new URL('fixtures/redocred/tiny.json', import.meta.url));

const evaluate = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/evaluate/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

describe('npm run eval', { timeout: 120_000 }, () => {
  it('scores a Re-DocRED file with the real extractor and ends with the redocred: line', () => {
    const run = evaluate('--benchmark', 'redocred', REDOCRED);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(/^redocred: P=\d\.\d\d R=\d\.\d\d F1=\d\.\d\d$/);
  });

  it('exits 1 naming the unknown set, and the malformed file', () => {
    const unknown = evaluate('--set', 'train');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('unknown set "train"');
    const dir = mkdtempSync(join(tmpdir(), 'kg-eval-cli-'));
    try {
      writeFileSync(join(dir, 'broken.json'), '[{"title": "x"');
      const broken = evaluate('--benchmark', 'redocred', join(dir, 'broken.json'));
      expect(broken.status).toBe(1);
      expect(broken.stderr).toMatch(/broken\.json: not valid JSON/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
