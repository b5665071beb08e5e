// The server's query limiter: never more than `max` tasks in flight, all of them run, in order.
import { describe, expect, it } from 'vitest';
import { createQueryLimiter } from '../../src/server/query-limiter.ts';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

describe('createQueryLimiter', () => {
  it('runs at most max tasks at once and every task to the end, in arrival order', async () => {
    const limited = createQueryLimiter(3);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        limited(async () => {
          started.push(i);
          running++;
          peak = Math.max(peak, running);
          await tick();
          running--;
          return i * 2;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
    expect(started).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('frees the slot of a task that fails', async () => {
    const limited = createQueryLimiter(1);
    await expect(limited(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limited(async () => 'next')).resolves.toBe('next');
  });

  it('refuses a limit below one', () => {
    expect(() => createQueryLimiter(0)).toThrow(/maxConcurrentQueries/);
  });
});
