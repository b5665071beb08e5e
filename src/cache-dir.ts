/**
 * Where newsgraph keeps what it can make again: fetched pages, parses, the world leaders built
 * from the shared dictionaries. `KG_CACHE_DIR`, else `.kg/cache/` in the project (gitignored).
 */
import { fileURLToPath } from 'node:url';

export const defaultCacheDir = (): string => process.env.KG_CACHE_DIR || fileURLToPath(new URL('../.kg/cache/', import.meta.url));
