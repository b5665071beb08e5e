/**
 * Reading benchmark files: JSON Lines and JSON arrays, each record validated with a zod
 * schema. A malformed record stops the run with the file, the line or document number and
 * the path of the offending value, so that a held-back split in a slightly different shape
 * fails loudly instead of scoring wrong.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { KgError } from '../../errors.ts';

/** Reads a whole file; a missing or unreadable file is a KgError saying which and what to check. */
export function readBenchmarkFile(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new KgError(`eval: cannot read ${what} ${file} (${reason}); check the path.`);
  }
}

/** `where: path: message` for the first issue of a failed validation. */
function describe(where: string, error: z.ZodError): KgError {
  const issue = error.issues[0]!;
  const path = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
  return new KgError(`${where}: ${path ? `${path}: ` : ''}${issue.message}; is it a file of the right benchmark?`);
}

/** Parses and validates each non-blank line of a JSON Lines text; `line` is 1-based. */
export function parseJsonLines<S extends z.ZodType>(text: string, file: string, schema: S): Array<{ line: number; record: z.output<S> }> {
  const records: Array<{ line: number; record: z.output<S> }> = [];
  text.split('\n').forEach((content, index) => {
    if (content.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(content);
    } catch (error) {
      throw new KgError(`${file}:${index + 1}: not valid JSON (${(error as Error).message}); each line must be one JSON object.`);
    }
    const result = schema.safeParse(raw);
    if (!result.success) throw describe(`${file}:${index + 1}`, result.error);
    records.push({ line: index + 1, record: result.data });
  });
  if (records.length === 0) throw new KgError(`${file}: no records; is it the right file?`);
  return records;
}

/** Parses a JSON array and validates each element; documents are numbered from 1 in messages. */
export function parseJsonArray<S extends z.ZodType>(text: string, file: string, schema: S): Array<z.output<S>> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new KgError(`${file}: not valid JSON (${(error as Error).message}).`);
  }
  if (!Array.isArray(raw) || raw.length === 0) throw new KgError(`${file}: expected a non-empty JSON array of documents.`);
  return raw.map((item, index) => {
    const result = schema.safeParse(item);
    if (!result.success) throw describe(`${file}: document ${index + 1}`, result.error);
    return result.data;
  });
}
