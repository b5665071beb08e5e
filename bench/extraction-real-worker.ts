/**
 * Worker thread of the all-cores real-text bench: reads its documents, reports ready, runs
 * one timed pass when told to go and posts the result (see extraction-real.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { countingContext, documentArticle, timedPass, warmUp } from './extraction-real.ts';

const { paths, mode } = workerData as { paths: string[]; mode: 'extract' | 'parse' };
const articles = paths.map(documentArticle);
const prepared = countingContext();
warmUp(articles, prepared);
parentPort!.once('message', () => parentPort!.postMessage(timedPass(articles, mode, prepared)));
parentPort!.postMessage('ready');
