/**
 * Parallel extraction for `kg extract` and `kg seed` (`--jobs N`): N worker threads
 * (extract-worker.ts) each build the extraction context once and take articles as they
 * fall free; every result comes back under its article's place, so callers get them in
 * the order given and the merged document is, byte for byte, the one a single thread
 * builds. One job extracts in this thread, as before. A worker that dies takes only the
 * article it was on with it (reported like any failed article) and is replaced.
 */
import { Worker } from 'node:worker_threads';
import { KgError } from '../errors.ts';
import type { Article } from '../ingest/types.ts';
import { DEFAULT_ONTOLOGY_PATH, loadOntology } from '../ontology/load.ts';
import type { Ontology } from '../ontology/types.ts';
import { extractChecked, failureLine, loadContext, type CheckedExtraction, type ContextOptions } from './inputs.ts';

/** What a worker posts: loaded, one article's result, or why its context could not load. */
export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'done'; job: number; result: CheckedExtraction }
  | { kind: 'failed'; name: string; message: string; exitCode?: number };

/** Extracts articles with one context (in this thread) or one per worker thread. */
export interface Extractor {
  /** The ontology the articles are extracted with (for DocumentBuilder and the loader). */
  ontology: Ontology;
  /** Worker threads (0: extraction runs in this thread, blocking it). */
  threads: number;
  /** Extracts and validates every article; the results in the order of `articles`. */
  extract(articles: readonly Article[]): Promise<CheckedExtraction[]>;
  /** Stops the worker threads; call it when done, also after an error. */
  close(): Promise<void>;
}

/** Articles a worker holds at once: the next one is there when it finishes one. */
const AHEAD = 2;

const ENTRY = new URL('./extract-worker.mjs', import.meta.url);

/**
 * An extractor on `jobs` threads (≤ 1: this thread), ready when every worker has built its
 * context; a context that cannot be built (a bad catalog, say) rejects with the worker's error.
 * `entry` is the workers' script (tests give a stand-in that dies on some article).
 */
export async function openExtractor(options: ContextOptions, jobs: number, entry: URL = ENTRY): Promise<Extractor> {
  if (jobs <= 1) {
    const { context } = loadContext(options);
    const extract = async (articles: readonly Article[]) => articles.map((article) => extractChecked(article, context));
    return { ontology: context.ontology, threads: 0, extract, close: async () => {} };
  }
  const pool = new Pool(options, entry);
  try {
    await Promise.all(Array.from({ length: jobs }, () => pool.spawn()));
  } catch (error) {
    await pool.close();
    throw error;
  }
  const ontology = loadOntology(options.ontology ?? DEFAULT_ONTOLOGY_PATH);
  return { ontology, threads: jobs, extract: (articles) => pool.extract(articles), close: () => pool.close() };
}

interface Job {
  article: Article;
  settle(result: CheckedExtraction): void;
  fail(error: Error): void;
}

class Pool {
  /** Jobs not yet sent, from `head` on (an index, not shift(): a queue may hold a whole corpus). */
  private queue: Job[] = [];
  private head = 0;
  /** Jobs a dead worker held and had not started: sent before the queue. */
  private readonly retry: Job[] = [];
  /** Every worker started and not yet gone. */
  private readonly workers = new Set<Worker>();
  /** The jobs each ready worker holds, by job number (increasing: a worker takes them in order). */
  private readonly held = new Map<Worker, Map<number, Job>>();
  private nextJob = 0;
  private closed = false;
  private broken: Error | undefined;

  constructor(
    private readonly options: ContextOptions,
    private readonly entry: URL,
  ) {}

  extract(articles: readonly Article[]): Promise<CheckedExtraction[]> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      const results: CheckedExtraction[] = new Array(articles.length);
      let left = articles.length;
      if (left === 0) resolve(results);
      articles.forEach((article, place) => {
        const settle = (result: CheckedExtraction) => {
          results[place] = result;
          if (--left === 0) resolve(results);
        };
        this.queue.push({ article, settle, fail: reject });
      });
      this.pump();
    });
  }

  /** Starts a worker; resolves once its context is built. */
  spawn(): Promise<void> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(this.entry, { workerData: this.options });
      const jobs = new Map<number, Job>();
      let gone = false;
      this.workers.add(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (reply.kind === 'ready') {
          this.held.set(worker, jobs);
          resolve();
          this.feed(worker, jobs);
        } else if (reply.kind === 'failed') {
          gone = true;
          reject(reply.name === 'KgError' ? new KgError(reply.message, { exitCode: reply.exitCode }) : new Error(`extraction thread: ${reply.message}`));
        } else {
          const job = jobs.get(reply.job)!;
          jobs.delete(reply.job);
          job.settle(reply.result);
          this.feed(worker, jobs);
        }
      });
      const stopped = (reason: string) => {
        this.workers.delete(worker);
        if (gone || this.closed) return;
        gone = true;
        if (!this.held.delete(worker)) return reject(new Error(`extraction thread: stopped while loading: ${reason}`));
        this.replace(jobs, reason);
      };
      worker.on('error', (error) => stopped(error.message));
      worker.on('exit', (code) => stopped(`exit code ${code}`));
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.workers].map((worker) => worker.terminate()));
  }

  /** After a worker died: the article it was on fails, the ones it held go back first in line, a new worker starts. */
  private replace(jobs: Map<number, Job>, reason: string): void {
    const [current, ...waiting] = [...jobs.values()];
    this.retry.push(...waiting);
    current?.settle({ failure: failureLine(current.article, [`the extraction thread stopped: ${reason}`]) });
    this.spawn().catch((error: Error) => this.break(error));
  }

  /** No worker can be started: every pending article's extraction rejects. */
  private break(error: Error): void {
    this.broken = error;
    const held = [...this.held.values()].flatMap((jobs) => [...jobs.values()]);
    const pending = [...this.retry.splice(0), ...this.queue.slice(this.head), ...held];
    this.queue = [];
    this.head = 0;
    for (const job of pending) job.fail(error);
  }

  private take(): Job | undefined {
    const job = this.queue[this.head];
    if (!job) return undefined;
    this.head++;
    // The sent jobs are dropped from time to time, so the queue does not keep every article of a run.
    if (this.head === this.queue.length || this.head >= 1_024) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    return job;
  }

  /** Hands out queued jobs one per worker in turn, so a short queue is spread over every worker. */
  private pump(): void {
    for (let limit = 1; limit <= AHEAD; limit++) for (const [worker, jobs] of this.held) this.feed(worker, jobs, limit);
  }

  /** Tops up a worker's jobs to `limit`; an idle worker does not keep the process alive. */
  private feed(worker: Worker, jobs: Map<number, Job>, limit = AHEAD): void {
    while (jobs.size < limit) {
      const job = this.retry.shift() ?? this.take();
      if (!job) break;
      const number = this.nextJob++;
      jobs.set(number, job);
      worker.postMessage({ job: number, article: job.article });
    }
    if (jobs.size > 0) worker.ref();
    else worker.unref();
  }
}
