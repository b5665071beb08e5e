import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.ts';

/** A stand-in for process.stderr that records what is written. */
function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream };
}

describe('createProgress', () => {
  it('redraws one bar on a terminal and ends it with a newline', () => {
    const { writes, stream: tty } = stream(true);
    const progress = createProgress('load', 4, 'articles', { stream: tty, width: 4 });
    progress.update(1);
    progress.update(4);
    progress.finish();
    expect(writes).toEqual(['\rload: [#...] 1/4 articles', '\rload: [####] 4/4 articles', '\n']);
  });

  it('writes plain lines at most once per interval elsewhere, and always the last one', () => {
    const { writes, stream: pipe } = stream(false);
    const progress = createProgress('load', 3, 'articles', { stream: pipe, intervalMs: 60_000 });
    progress.update(1);
    progress.update(2);
    progress.update(3);
    progress.finish();
    expect(writes).toEqual(['load: 1/3 articles\n', 'load: 3/3 articles\n']);
  });
});
