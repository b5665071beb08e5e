// Entry point of the extraction worker threads (extract-pool.ts): registers tsx, as
// bin/kg.js does for the main thread (a worker does not inherit it), and loads the worker.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
