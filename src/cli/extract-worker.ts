/**
 * One extraction worker thread of extract-pool.ts: builds the extraction context once from
 * the options in workerData, says it is ready (or why it could not load), then extracts and
 * validates each article it is sent and posts the checked result back under its number.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../ingest/types.ts';
import { extractChecked, loadContext, type ContextOptions } from './inputs.ts';
import type { WorkerReply } from './extract-pool.ts';

const port = parentPort!;
const post = (reply: WorkerReply) => port.postMessage(reply);
let context: ReturnType<typeof loadContext>['context'] | undefined;
try {
  context = loadContext(workerData as ContextOptions).context;
} catch (error) {
  const { name, message, exitCode } = (error ?? {}) as Error & { exitCode?: number };
  post({ kind: 'failed', name: name ?? 'Error', message: message ?? String(error), exitCode });
}
if (context) {
  const loaded = context;
  port.on('message', ({ job, article }: { job: number; article: Article }) => post({ kind: 'done', job, result: extractChecked(article, loaded) }));
  post({ kind: 'ready' });
} else port.close();
