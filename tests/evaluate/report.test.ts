import { describe, expect, it } from 'vitest';
import { formatEvaluation, summaryLine } from '../../src/evaluate/report.ts';
import { countsOf, type Evaluation } from '../../src/evaluate/score.ts';

const evaluation: Evaluation = {
  byType: new Map([['ARRESTED', countsOf(1, 1, 0)]]),
  micro: countsOf(1, 1, 0),
  actors: { ...countsOf(1, 1, 1), found: 1, total: 2, missing: [{ article: 'a1', actor: 'bob' }], spurious: [{ article: 'a1', actor: 'eve' }] },
  falsePositives: [{ article: 'a1', source: 'ann', type: 'ARRESTED', target: 'cid', sentence: 'Ann arrested Cid.', rule: 'active' }],
  falseNegatives: [],
};

describe('formatEvaluation', () => {
  it('prints one row per type and a micro row with counts and two-decimal ratios', () => {
    const lines = formatEvaluation('seed', evaluation).split('\n');
    expect(lines[0]).toBe('seed');
    expect(lines.find((line) => line.startsWith('ARRESTED'))?.split(/\s+/)).toEqual(['ARRESTED', '1', '1', '0', '0.50', '1.00', '0.67']);
    expect(lines.find((line) => line.startsWith('micro'))?.split(/\s+/)).toEqual(['micro', '1', '1', '0', '0.50', '1.00', '0.67']);
  });

  it('lists missing actors and errors with their sentence and rule', () => {
    const text = formatEvaluation('seed', evaluation);
    expect(text).toContain('actors found 1/2, 1 not in the gold (P=0.50 R=0.50 F1=0.50)');
    expect(text).toContain('missing in a1: bob');
    expect(text).toContain('not in the gold of a1: eve');
    expect(text).toContain('a1: ann -ARRESTED-> cid [active]');
    expect(text).toContain('“Ann arrested Cid.”');
  });

  it('leaves the error lists out on request', () => {
    expect(formatEvaluation('seed', evaluation, { errors: false })).not.toContain('false positives');
  });
});

describe('summaryLine', () => {
  it('gives relation and actor scores on one labelled line with the size of the set', () => {
    expect(summaryLine('test', evaluation, { documents: 24, topics: 9 })).toBe(
      'test: relations P=0.50 R=1.00 F1=0.67 | actors P=0.50 R=0.50 F1=0.50 (24 documents, 9 topics)',
    );
    expect(summaryLine('seed', evaluation, { documents: 1 })).toMatch(/\(1 document\)$/);
  });
});
