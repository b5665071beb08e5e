/**
 * GraphML (http://graphml.graphdrawing.org/xmlns) from a serialised query graph,
 * for yEd, Cytoscape or networkx. Every attribute is declared once as a <key> with
 * the narrowest type that fits all its values; lists are written as JSON text.
 */
import type { SerializedGraph } from 'graphology-types';

type GraphmlType = 'boolean' | 'long' | 'double' | 'string';

/** The GraphML document of `graph`. */
export function toGraphml(graph: SerializedGraph): string {
  const nodeKeys = declareKeys(graph.nodes.map((node) => node.attributes ?? {}));
  const edgeKeys = declareKeys(graph.edges.map((edge) => edge.attributes ?? {}));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines('node', nodeKeys),
    ...keyLines('edge', edgeKeys),
    '  <graph edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    lines.push(`    <node id="${escapeXml(node.key)}">`, ...dataLines('node', nodeKeys, node.attributes ?? {}), '    </node>');
  }
  graph.edges.forEach((edge, index) => {
    const id = escapeXml(edge.key ?? `e${index}`);
    lines.push(
      `    <edge id="${id}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`,
      ...dataLines('edge', edgeKeys, edge.attributes ?? {}),
      '    </edge>',
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** Attribute name → GraphML type, over every element's attributes (nulls ignored). */
function declareKeys(elements: Record<string, unknown>[]): Map<string, GraphmlType> {
  const keys = new Map<string, GraphmlType>();
  for (const attributes of elements) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null || value === undefined) continue;
      const type = typeOf(value);
      const known = keys.get(name);
      keys.set(name, known === undefined || known === type ? type : isNumber(known) && isNumber(type) ? 'double' : 'string');
    }
  }
  return keys;
}

const isNumber = (type: GraphmlType) => type === 'long' || type === 'double';

function typeOf(value: unknown): GraphmlType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

function keyLines(kind: 'node' | 'edge', keys: Map<string, GraphmlType>): string[] {
  return [...keys].map(([name, type]) => `  <key id="${kind}-${escapeXml(name)}" for="${kind}" attr.name="${escapeXml(name)}" attr.type="${type}"/>`);
}

function dataLines(kind: 'node' | 'edge', keys: Map<string, GraphmlType>, attributes: Record<string, unknown>): string[] {
  return [...keys.keys()]
    .filter((name) => attributes[name] !== null && attributes[name] !== undefined)
    .map((name) => {
      const value = attributes[name];
      const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
      return `      <data key="${kind}-${escapeXml(name)}">${escapeXml(text)}</data>`;
    });
}

/** Escapes the five XML special characters (valid in both text and attribute values). */
function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`);
}
