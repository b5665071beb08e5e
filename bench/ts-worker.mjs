// Entry point of the benchmark's worker threads: registers tsx (as bin/kg.js does) and
// loads the TypeScript module named in workerData.module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
