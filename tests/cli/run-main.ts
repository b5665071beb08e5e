/**
 * Runs `kg` in this process (src/cli/main.ts) and captures what it prints, for tests of
 * argument handling that need no child process.
 */
import { vi } from 'vitest';
import { main } from '../../src/cli/main.ts';

export interface MainRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `kg <args>` through `main`, with stdout and stderr (console and direct writes) captured. */
export async function runMain(args: string[]): Promise<MainRun> {
  let stdout = '';
  let stderr = '';
  const capture = (append: (text: string) => void) => (chunk: string | Uint8Array) => {
    append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation(capture((text) => (stdout += text))),
    vi.spyOn(process.stderr, 'write').mockImplementation(capture((text) => (stderr += text))),
    vi.spyOn(console, 'log').mockImplementation((...values: unknown[]) => void (stdout += `${values.join(' ')}\n`)),
    vi.spyOn(console, 'error').mockImplementation((...values: unknown[]) => void (stderr += `${values.join(' ')}\n`)),
  ];
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}
