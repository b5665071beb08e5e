import { describe, expect, it } from 'vitest';
import { formatResult, formatTable } from '../../src/queries/format.ts';
import type { GraphResult, TableResult } from '../../src/queries/result.ts';

const table: TableResult = {
  kind: 'table',
  columns: ['name', 'weight'],
  rows: [
    { name: 'Putin', weight: 2 },
    { name: `A\nlong ${'x'.repeat(80)}`, weight: null },
  ],
  truncated: true,
};
const graph: GraphResult = {
  kind: 'graph',
  graph: {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: {},
    nodes: [
      { key: 'a', attributes: { name: 'A' } },
      { key: 'b', attributes: { name: 'B' } },
    ],
    edges: [{ key: 'a|X|b', source: 'a', target: 'b', attributes: { type: 'X', weight: 1 } }],
  },
  truncated: false,
};

describe('formatTable', () => {
  it('aligns columns, flattens and cuts long cells, and counts rows', () => {
    const lines = formatTable(table.columns, table.rows).split('\n');
    expect(lines[0]).toBe('name                                                          weight');
    expect(lines[2]).toMatch(/^Putin +2$/);
    expect(lines[3]).toMatch(/^A long x+…$/);
    expect(lines[3]!.length).toBe(60);
    expect(lines[4]).toBe('(2 rows)');
  });
});

describe('formatResult', () => {
  it('notes truncation under a table', () => {
    expect(formatResult(table, 'table')).toMatch(/\(truncated: more results exist/);
  });

  it('prints a graph as a node table and an edge table', () => {
    const text = formatResult(graph, 'table');
    expect(text).toMatch(/^key +name/);
    expect(text).toMatch(/\na +X +b +1\n/);
  });

  it('refuses graph formats for a table result', () => {
    expect(() => formatResult(table, 'gexf')).toThrow(/needs a query that returns a graph/);
    expect(formatResult(graph, 'graphml')).toContain('<graphml');
  });
});
