/**
 * Plain-text report of an evaluation: the per-type precision/recall/F1 table, actor
 * recall, and the false positives and negatives with their sentences for debugging.
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

/**
 * Formats one evaluation as a table headed by `title`, e.g.
 * `type                TP  FP  FN     P     R    F1`, one row per relation type and a `micro` total.
 */
export function formatEvaluation(title: string, evaluation: Evaluation, options: Partial<ReportOptions> = {}): string {
  const { errors } = { ...REPORT_DEFAULTS, ...options };
  const { actors } = evaluation;
  const lines = [
    title,
    `${'type'.padEnd(18)}${['TP', 'FP', 'FN'].map((h) => h.padStart(4)).join('')}${['P', 'R', 'F1'].map((h) => h.padStart(6)).join('')}`,
    ...[...evaluation.byType].map(([type, counts]) => row(type, counts)),
    row('micro', evaluation.micro),
    `actors found ${actors.found}/${actors.total} (recall ${ratio(actors.recall)})`,
  ];
  const missingByArticle = new Map<string, string[]>();
  for (const { article, actor } of actors.missing) {
    missingByArticle.set(article, [...(missingByArticle.get(article) ?? []), actor]);
  }
  for (const [article, missing] of missingByArticle) lines.push(`  missing in ${article}: ${missing.join(', ')}`);
  if (errors) {
    lines.push(`false negatives (${evaluation.falseNegatives.length}):`, ...evaluation.falseNegatives.map(errorLine));
    lines.push(`false positives (${evaluation.falsePositives.length}):`, ...evaluation.falsePositives.map(errorLine));
  }
  return lines.join('\n');
}
