/**
 * `npm run bench [-- --quick] [-- --only extraction,loading,…]`: runs the benchmark
 * harness (run-bench.ts) and writes bench/results.json and bench/results.md.
 */
import { parseArgs } from 'node:util';
import { PRESETS, runBench, SECTION_NAMES, type SectionName } from './run-bench.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } } });
const config = PRESETS[values.quick ? 'quick' : 'full'];
const sections = values.only ? (values.only.split(',') as SectionName[]) : config.sections;
const unknown = sections.filter((name) => !SECTION_NAMES.includes(name));
if (unknown.length > 0) {
  console.error(`bench: unknown section ${unknown.join(', ')}; choose from ${SECTION_NAMES.join(', ')}.`);
  process.exit(2);
}
const results = await runBench({ ...config, sections }, (line) => console.log(`bench: ${line}`));
const failed = results.sections.filter((section) => section.error);
for (const section of failed) console.error(`bench: ${section.name} did not complete: ${section.error}`);
console.log(`bench: done in ${Math.round(results.seconds)} s → bench/results.md`);
process.exitCode = failed.length > 0 ? 1 : 0;
