/**
 * Figures for parts of a scored set: per topic, and political vs non-political documents.
 * On non-political documents a good extractor finds little, so what it finds there (its
 * relation count per document) is reported next to the scores.
 */
import { summaryLine } from './report.ts';
import type { GoldDocument, SetResult } from './run.ts';
import { scoreDocument, type Evaluation } from './score.ts';

/** Scores the documents of `result` that `keep` selects, on the extraction already made. */
export function scoreSubset(result: SetResult, keep: (entry: GoldDocument) => boolean): { documents: GoldDocument[]; evaluation: Evaluation } {
  const documents = result.documents.filter(keep);
  const idOf = new Map(documents.map((entry) => [entry.gold.article, entry.article.id]));
  const evaluation = scoreDocument(
    documents.map((entry) => entry.gold),
    result.document,
    { articleIdOf: (key) => idOf.get(key)! },
  );
  return { documents, evaluation };
}

/**
 * Lines `test topic <topic>: …` (topics in name order), then `test political: …` and
 * `test non-political: … — N relations found (n per document)`.
 */
export function groupLines(result: SetResult): string[] {
  const lines: string[] = [];
  const topics = [...new Set(result.documents.flatMap((entry) => (entry.topic === undefined ? [] : [entry.topic])))].sort();
  for (const topic of topics) {
    const { documents, evaluation } = scoreSubset(result, (entry) => entry.topic === topic);
    lines.push(summaryLine(`${result.name} topic ${topic}`, evaluation, { documents: documents.length }));
  }
  for (const political of [true, false]) {
    const { documents, evaluation } = scoreSubset(result, (entry) => entry.political === political);
    if (documents.length === 0) continue;
    const label = `${result.name} ${political ? 'political' : 'non-political'}`;
    const line = summaryLine(label, evaluation, { documents: documents.length });
    if (political) {
      lines.push(line);
      continue;
    }
    const found = evaluation.micro.tp + evaluation.micro.fp;
    lines.push(`${line} — ${found} relations found (${(found / documents.length).toFixed(1)} per document), ${evaluation.micro.fp} not in the gold`);
  }
  return lines;
}
