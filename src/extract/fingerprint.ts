/**
 * The fingerprint of what turns an article into graph rows: the catalog and ontology
 * files and the extractor's own source. `kg seed` stores it on every Article it loads and
 * extracts an unchanged article again when the fingerprint differs, so an edited
 * catalog or ontology, or an upgraded extractor, takes effect without `--force`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const EXTRACTOR_DIR = fileURLToPath(new URL('.', import.meta.url));
/** Source files beyond src/extract whose change changes what is stored. */
const ROW_SOURCES = [fileURLToPath(new URL('../graph/rows.ts', import.meta.url))];

/** A short hex digest of the contents of `files` (catalogs, ontology) and of the extractor's sources. */
export function pipelineFingerprint(files: readonly string[]): string {
  const sources = readdirSync(EXTRACTOR_DIR)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => `${EXTRACTOR_DIR}/${name}`);
  const hash = createHash('sha256');
  // Contents only (never paths): two clones of the same version agree.
  for (const file of [...files, ...sources, ...ROW_SOURCES]) hash.update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}
