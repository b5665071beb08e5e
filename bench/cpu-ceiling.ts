/**
 * The speed-up this machine gives at all: a busy loop (no memory traffic, no allocation) run
 * on one thread and then on N threads at once, each for the same time; the ratio of the total
 * iterations is what N cores are worth here. On a virtual machine whose host shares its cores
 * it can be far below N, and no parallel code can beat it, so the bench shows it beside the
 * extraction speed-up.
 */
import { Worker } from 'node:worker_threads';

/** How long each loop runs. */
const LOOP_MS = 3_000;

const LOOP = `
const { parentPort, workerData } = require('node:worker_threads');
parentPort.once('message', () => {
  const end = Date.now() + workerData;
  let count = 0;
  while (Date.now() < end) count++;
  parentPort.postMessage(count);
});
parentPort.postMessage('ready');
`;

/** Total iterations of `threads` busy loops started together. */
async function loops(threads: number): Promise<number> {
  const workers = Array.from({ length: threads }, () => new Worker(LOOP, { eval: true, workerData: LOOP_MS }));
  const next = (worker: Worker) => new Promise<unknown>((resolve, reject) => worker.once('message', resolve).once('error', reject));
  try {
    await Promise.all(workers.map(next));
    const counts = await Promise.all(
      workers.map((worker) => {
        const done = next(worker);
        worker.postMessage('go');
        return done;
      }),
    );
    return (counts as number[]).reduce((all, count) => all + count, 0);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Iterations of `cores` busy loops at once over those of one: the ceiling of any speed-up on this machine. */
export async function cpuCeiling(cores: number): Promise<number> {
  const one = await loops(1);
  return (await loops(cores)) / one;
}
