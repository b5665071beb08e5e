import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { writeGraph } from '../../src/export/index.ts';

/** Two actors, one relationship; names and evidence text full of XML special characters. */
const tricky: SerializedGraph = {
  options: { type: 'directed', multi: true, allowSelfLoops: true },
  attributes: {},
  nodes: [
    { key: 'a&b', attributes: { name: 'A & B <"Ltd">', type: 'Organization', aliases: ["O'Brien & Co"], status: 'candidate' } },
    { key: 'c', attributes: { name: 'C', type: 'Person', aliases: [], status: 'catalog' } },
  ],
  edges: [
    {
      key: 'a&b|CRITICIZED|c',
      source: 'a&b',
      target: 'c',
      attributes: { type: 'CRITICIZED', cameo: '11', quadClass: 3, weight: 2, confidence: 0.75, articles: ['x<1>', 'y'], firstSeen: '2022-01-05' },
    },
  ],
};

describe('GEXF writer', () => {
  const text = writeGraph(tricky, 'gexf');

  it('writes GEXF 1.3 with its namespace and declared attributes', () => {
    expect(text).toMatch(/<gexf[^>]* version="1\.3"/);
    expect(text).toContain('xmlns="http://gexf.net/1.3"');
    expect(text).toMatch(/<attributes class="node">[\s\S]*<attribute id="type" title="type" type="string"\/>/);
    expect(text).toContain('<attribute id="weight" title="weight" type="integer"/>');
    expect(text).toContain('<attribute id="articles" title="articles" type="liststring"/>');
    expect(text).not.toContain('A & B <');
  });

  it('parses back to the same nodes, edges, labels and attributes', () => {
    const graph = parseGexf(MultiDirectedGraph, text);
    expect(graph.order).toBe(2);
    expect(graph.getNodeAttribute('a&b', 'label')).toBe('A & B <"Ltd">');
    expect(graph.getNodeAttribute('a&b', 'aliases')).toEqual(["O'Brien & Co"]);
    const [edge] = graph.edges();
    expect(graph.source(edge!)).toBe('a&b');
    expect(graph.getEdgeAttributes(edge!)).toMatchObject({ quadClass: 3, confidence: 0.75, articles: ['x<1>', 'y'], weight: 2 });
  });
});

describe('GraphML writer', () => {
  const text = writeGraph(tricky, 'graphml');

  it('declares each attribute once with its type and escapes text', () => {
    expect(text).toContain('<key id="edge-weight" for="edge" attr.name="weight" attr.type="long"/>');
    expect(text).toContain('<key id="edge-confidence" for="edge" attr.name="confidence" attr.type="double"/>');
    expect(text).toContain('<node id="a&amp;b">');
    expect(text.match(/attr.name="name"/g)).toHaveLength(1);
  });

  it('parses back to the same graph', () => {
    const graph = parseGraphml(MultiDirectedGraph, text);
    expect(graph.order).toBe(2);
    expect(graph.getNodeAttribute('a&b', 'name')).toBe('A & B <"Ltd">');
    const [edge] = graph.edges();
    expect(graph.target(edge!)).toBe('c');
    expect(graph.getEdgeAttributes(edge!)).toMatchObject({ type: 'CRITICIZED', weight: 2, confidence: 0.75, articles: '["x<1>","y"]' });
  });
});

describe('JSON writer', () => {
  it('writes the serialised graph itself', () => {
    expect(JSON.parse(writeGraph(tricky, 'json'))).toEqual(tricky);
  });
});
