/**
 * Worker thread of the all-cores extraction bench: prepares its slice, reports ready,
 * runs one pass when told to go and posts the result (see extraction-pass.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { barePass, fullPass, prepareSlice, type SliceSpec } from './extraction-pass.ts';

const { spec, mode } = workerData as { spec: SliceSpec; mode: 'full' | 'bare' };
const { articles, context } = prepareSlice(spec);
parentPort!.once('message', () => {
  const result = mode === 'full' ? fullPass(articles, context) : barePass(articles, context);
  const { ms, sentences, bytes, relations } = result;
  parentPort!.postMessage({ ms, articles: articles.length, sentences, bytes, relations });
});
parentPort!.postMessage('ready');
