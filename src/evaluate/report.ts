/**
 * Plain-text report of an evaluation: the per-type precision/recall/F1 table, actor
 * precision/recall, the one-line summary `npm run eval` prints per set, and the false
 * positives and negatives with their sentences for debugging.
 */
import type { Counts, Evaluation, RelationError } from './score.ts';

export interface ReportOptions {
  /** List every false positive and false negative after the table. */
  errors: boolean;
}

export const REPORT_DEFAULTS: ReportOptions = { errors: true };

const ratio = (value: number) => value.toFixed(2);

function row(label: string, counts: Counts): string {
  const numbers = [counts.tp, counts.fp, counts.fn].map((n) => String(n).padStart(4));
  const ratios = [counts.precision, counts.recall, counts.f1].map((r) => ratio(r).padStart(6));
  return `${label.padEnd(18)}${numbers.join('')}${ratios.join('')}`;
}

function errorLine(error: RelationError): string {
  const rule = error.rule ? ` [${error.rule}]` : '';
  return `  ${error.article}: ${error.source} -${error.type}-> ${error.target}${rule}\n      “${error.sentence}”`;
}

/** `  <label> <article>: a, b` lines, one per article, in order of first appearance. */
function byArticle(label: string, entries: ReadonlyArray<{ article: string; actor: string }>): string[] {
  const grouped = new Map<string, string[]>();
  for (const { article, actor } of entries) grouped.set(article, [...(grouped.get(article) ?? []), actor]);
  return [...grouped].map(([article, names]) => `  ${label} ${article}: ${names.join(', ')}`);
}

/** What a summary line says about the set besides the scores. */
export interface SetSize {
  documents: number;
  /** Distinct topics, when the set records them. */
  topics?: number;
}

/** `P=… R=… F1=…` with two decimals. */
export const scores = (counts: Counts) => `P=${ratio(counts.precision)} R=${ratio(counts.recall)} F1=${ratio(counts.f1)}`;

/**
 * One line per set, e.g.
 * `test: relations P=0.50 R=0.25 F1=0.33 | actors P=0.80 R=0.70 F1=0.75 (24 documents, 9 topics)`.
 */
export function summaryLine(label: string, evaluation: Evaluation, size: SetSize): string {
  const topics = size.topics === undefined ? '' : `, ${size.topics} topic${size.topics === 1 ? '' : 's'}`;
  const documents = `${size.documents} document${size.documents === 1 ? '' : 's'}`;
  return `${label}: relations ${scores(evaluation.micro)} | actors ${scores(evaluation.actors)} (${documents}${topics})`;
}

/** The per-type table: a header, one row per type (in map order) and the `micro` total. */
export function typeTable(byType: ReadonlyMap<string, Counts>, micro: Counts): string[] {
  return [
    `${'type'.padEnd(18)}${['TP', 'FP', 'FN'].map((h) => h.padStart(4)).join('')}${['P', 'R', 'F1'].map((h) => h.padStart(6)).join('')}`,
    ...[...byType].map(([type, counts]) => row(type, counts)),
    row('micro', micro),
  ];
}

/**
 * Formats one evaluation as a table headed by `title`, e.g.
 * `type                TP  FP  FN     P     R    F1`, one row per relation type and a `micro` total.
 */
export function formatEvaluation(title: string, evaluation: Evaluation, options: Partial<ReportOptions> = {}): string {
  const { errors } = { ...REPORT_DEFAULTS, ...options };
  const { actors } = evaluation;
  const lines = [
    title,
    ...typeTable(evaluation.byType, evaluation.micro),
    `actors found ${actors.found}/${actors.total}, ${actors.fp} not in the gold (${scores(actors)})`,
  ];
  if (errors) {
    lines.push(...byArticle('missing in', actors.missing), ...byArticle('not in the gold of', actors.spurious));
    lines.push(`false negatives (${evaluation.falseNegatives.length}):`, ...evaluation.falseNegatives.map(errorLine));
    lines.push(`false positives (${evaluation.falsePositives.length}):`, ...evaluation.falsePositives.map(errorLine));
  }
  return lines.join('\n');
}
