import { describe, expect, it } from 'vitest';
import { formatEvaluation } from '../../src/evaluate/report.ts';
import { countsOf, type Evaluation } from '../../src/evaluate/score.ts';

const evaluation: Evaluation = {
  byType: new Map([['ARRESTED', countsOf(1, 1, 0)]]),
  micro: countsOf(1, 1, 0),
  actors: { found: 1, total: 2, recall: 0.5, missing: [{ article: 'a1', actor: 'bob' }] },
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
    expect(text).toContain('actors found 1/2');
    expect(text).toContain('missing in a1: bob');
    expect(text).toContain('a1: ann -ARRESTED-> cid [active]');
    expect(text).toContain('“Ann arrested Cid.”');
  });

  it('leaves the error lists out on request', () => {
    expect(formatEvaluation('seed', evaluation, { errors: false })).not.toContain('false positives');
  });
});
