/**
 * YAML front matter: a first line `---`, `key: value` lines, and a closing `---` (or
 * `...`). The keys title, date, source, url, author and id are read; other keys are ignored.
 */
import { LineCounter, parseDocument, type Node } from 'yaml';
import { describeValue } from '../yaml/describe-issue.ts';
import { NO_FIELDS, type ArticleDraft, type ArticleFields } from './build-article.ts';

const FIELD_NAMES = ['id', 'date', 'title', 'source', 'url', 'author'] as const satisfies ReadonlyArray<keyof ArticleFields>;
const OPENING = /^---[ \t]*$/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;
/** Alias expansions allowed while reading the metadata (guards against alias bombs). */
const MAX_ALIAS_COUNT = 100;

/** A parsed header with the body after it, or the problem (with its line) that stopped parsing. */
export type FrontMatterReading = { draft: ArticleDraft } | { line: number; reason: string };

/** True when `lines` opens with front matter. */
export const hasFrontMatter = (lines: readonly string[]): boolean => OPENING.test(lines[0] ?? '');

/** Reads the front matter at the top of `lines` (the file split at LF) and the body below it. */
export function readFrontMatter(lines: readonly string[]): FrontMatterReading {
  const end = lines.findIndex((line, index) => index > 0 && CLOSING.test(line));
  if (end < 0) return { line: 1, reason: 'the front matter opened on this line is never closed; end it with a line "---"' };

  // Keep the opening marker so that YAML line numbers are file line numbers.
  const lineCounter = new LineCounter();
  const doc = parseDocument(lines.slice(0, end).join('\n'), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => Math.min(lineCounter.linePos(offset).line, end);
  const error = doc.errors[0];
  if (error) return { line: lineAt(error.pos[0]), reason: `the front matter is not valid YAML (${error.message}); fix it` };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (cause) {
    return { line: 1, reason: `the front matter cannot be read (${(cause as Error).message}); remove its anchors and aliases` };
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    return { line: 2, reason: `the front matter must be "key: value" lines, not ${describeValue(data)}; write e.g. "date: 2022-01-09"` };
  }

  const record = (data ?? {}) as Record<string, unknown>;
  const fields: ArticleFields = { ...NO_FIELDS };
  for (const name of FIELD_NAMES) {
    const value = record[name];
    if (value === undefined || value === null) continue;
    if (typeof value === 'object') {
      const node = doc.get(name, true) as Node | undefined;
      return { line: node?.range ? lineAt(node.range[0]) : 1, reason: `"${name}" must be a single value, not ${describeValue(value)}; write it on one line` };
    }
    fields[name] = String(value);
  }
  const dateNode = doc.get('date', true) as Node | undefined;
  return {
    draft: {
      fields,
      body: lines.slice(end + 1).join('\n'),
      ...(dateNode?.range ? { dateLine: lineAt(dateNode.range[0]) } : {}),
    },
  };
}
