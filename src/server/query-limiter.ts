/**
 * Bounds how many named queries the server runs on Neo4j at once; the rest wait their
 * turn. Fifty clients each running a 2-hop query at the same moment otherwise share the
 * database's cores fifty ways, and every one of them can run into the server-side
 * timeout; queued, each runs at full speed and only waits for its turn.
 */

/** Runs `task` when fewer than `max` tasks are running, in arrival order. */
export type QueryLimiter = <T>(task: () => Promise<T>) => Promise<T>;

/** A limiter allowing at most `max` tasks in flight. */
export function createQueryLimiter(max: number): QueryLimiter {
  if (!Number.isInteger(max) || max < 1) throw new Error(`server: maxConcurrentQueries must be a whole number ≥ 1, got ${max}.`);
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
