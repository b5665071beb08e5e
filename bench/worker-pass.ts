/**
 * One timed pass on worker threads, shared by the extraction benches: start one worker per
 * slice (each loads what it needs and says it is ready), tell them all to go, and time from
 * "go" to the last result, so loading never counts against the pass.
 */
import { Worker } from 'node:worker_threads';

/** Runs `module` (a TypeScript worker of bench/) once per entry of `data`; the wall time and each worker's result. */
export async function timedWorkers<T>(module: string, data: readonly Record<string, unknown>[]): Promise<{ ms: number; results: T[] }> {
  const workers = data.map((workerData) => new Worker(new URL('./ts-worker.mjs', import.meta.url), { workerData: { module, ...workerData } }));
  const next = (worker: Worker) => new Promise<T>((resolve, reject) => worker.once('message', resolve).once('error', reject));
  try {
    await Promise.all(workers.map(next));
    const begin = performance.now();
    const results = await Promise.all(
      workers.map((worker) => {
        const done = next(worker);
        worker.postMessage('go');
        return done;
      }),
    );
    return { ms: performance.now() - begin, results };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
