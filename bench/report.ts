/**
 * The benchmark results object (bench/results.json) and its Markdown rendering
 * (bench/results.md): one table per section, each figure next to the baseline measured
 * in the same run, their ratio, and the target when there is one.
 */
import type { Machine } from './machine.ts';

/** One measured figure. */
export interface Row {
  figure: string;
  /** Workload size ("1k articles", "10k actors / 100k rels"). */
  size: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  /** value / baseline.value. */
  ratio?: number;
  target?: { text: string; met: boolean };
}

export interface Section {
  name: string;
  rows: Row[];
  /** Facts that are not numbers: index used by each query, why a target was missed, … */
  notes: string[];
  /** Set when the section could not run; its rows are then whatever was measured before. */
  error?: string;
  seconds: number;
}

export interface BenchResults {
  date: string;
  quick: boolean;
  machine: Machine;
  seconds: number;
  sections: Section[];
}

/** A row with its ratio to the baseline filled in. */
export function row(fields: Omit<Row, 'ratio'>): Row {
  const { baseline } = fields;
  return baseline && baseline.value > 0 ? { ...fields, ratio: fields.value / baseline.value } : fields;
}

/** Three significant digits, thousands separated: 12,345 / 123 / 1.23 / 0.0123. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

/** Renders the results as Markdown. */
export function toMarkdown(results: BenchResults): string {
  const { machine } = results;
  const lines = [
    `# Benchmark results${results.quick ? ' (--quick)' : ''}`,
    '',
    `${results.date} · ${machine.cpu} × ${machine.cores} cores · ${machine.memoryGb} GB RAM · ${machine.os} · Node ${machine.node} · Neo4j ` +
      `${machine.neo4j ?? 'not used'} · total ${Math.round(results.seconds)} s`,
  ];
  for (const section of results.sections) {
    lines.push('', `## ${section.name}`, '');
    if (section.error) lines.push(`**Not completed:** ${section.error}`, '');
    if (section.rows.length > 0) {
      lines.push('| figure | size | value | baseline | ratio | target |', '|---|---|---:|---|---:|---|');
      for (const r of section.rows) {
        const baseline = r.baseline ? `${cell(r.baseline.name)}: ${formatNumber(r.baseline.value)}` : '';
        const ratio = r.ratio === undefined ? '' : `${formatNumber(r.ratio)}×`;
        const target = r.target ? `${r.target.met ? '✅' : '❌'} ${cell(r.target.text)}` : '';
        lines.push(`| ${cell(r.figure)} | ${cell(r.size)} | ${formatNumber(r.value)} ${r.unit} | ${baseline} | ${ratio} | ${target} |`);
      }
    }
    for (const note of section.notes) lines.push(`- ${note}`);
  }
  return `${lines.join('\n')}\n`;
}
