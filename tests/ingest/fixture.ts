/** Reads a fixture of tests/ingest/fixtures and parses it as ingest would. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../src/ingest/parse-article.ts';
import type { IngestResult } from '../../src/ingest/types.ts';

export const fixturePath = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export function parseFixture(name: string): IngestResult {
  return parseArticle(readFileSync(fixturePath(name)), { file: name });
}
