/**
 * The fingerprint of what turns an article into stored rows: the source of every module
 * that extraction and loading import (found by following their imports, so a new module
 * of the extractor, nlp, knowledge, catalog or ontology counts the day it is imported),
 * the data folders they read (schema/, knowledge/, models/) and the catalog and ontology
 * files of the run. `kg seed` stores it on every Article and extracts an unchanged
 * article again when it differs, so an edited catalog or an upgraded extractor takes
 * effect without `--force`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The modules whose imports make up the pipeline: extraction, and the loader that writes its rows. */
const PIPELINE_ENTRIES = [fileURLToPath(import.meta.resolve('../extract/index.ts')), fileURLToPath(import.meta.resolve('./loader.ts'))];
/** Data folders the pipeline reads at run time: ontology and lexicons, generated knowledge, model files. */
const DATA_DIRS = ['schema', 'knowledge', 'models'].map((name) => join(PROJECT_ROOT, name));

/** Relative module specifiers of `import … from`, `export … from` and `import()`. */
const IMPORT_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

/** The source files reachable from `entries` through relative imports, sorted. */
export function importGraph(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = [...entries];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT_SPECIFIER)) {
      const target = resolve(dirname(file), specifier!);
      if (existsSync(target) && statSync(target).isFile()) pending.push(target);
    }
  }
  return [...seen].sort();
}

/** Every file below `dir` (none when it does not exist), sorted; hidden entries skipped. */
function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The files the pipeline fingerprint hashes besides the run's own catalogs and ontology. */
export function pipelineSources(entries: readonly string[] = PIPELINE_ENTRIES, dataDirs: readonly string[] = DATA_DIRS): string[] {
  return [...importGraph(entries), ...dataDirs.flatMap(filesBelow)];
}

let shipped: string | undefined;

/** A short hex digest of the contents of `files` (catalogs, ontology) and of the pipeline's sources and data. */
export function pipelineFingerprint(files: readonly string[], sources?: readonly string[]): string {
  const hash = createHash('sha256');
  // Contents only, in a fixed order (never paths): two clones of the same version agree.
  for (const file of files) hash.update(readFileSync(file)).update('\0');
  // The sources do not change while kg runs: hashed once.
  const digest = sources ? hashFiles(sources) : (shipped ??= hashFiles(pipelineSources()));
  return hash.update(digest).digest('hex').slice(0, 16);
}

function hashFiles(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}
