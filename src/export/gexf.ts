/**
 * GEXF 1.3 (http://gexf.net/1.3) from a serialised query graph, for Gephi. The
 * writer is graphology-gexf's: it declares every attribute with its type, writes
 * lists as GEXF 1.3 list types and escapes text. Node labels are actor names;
 * edge labels are relation types and edge weights the number of evidences.
 */
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { SerializedGraph } from 'graphology-types';

/** The GEXF 1.3 document of `graph`. */
export function toGexf(graph: SerializedGraph): string {
  const imported = new MultiDirectedGraph({ allowSelfLoops: true });
  imported.import(graph);
  return write(imported, {
    version: '1.3',
    formatNode: (key, { name, ...attributes }) => ({ label: typeof name === 'string' ? name : key, attributes }),
    formatEdge: (_key, attributes) => ({
      label: String(attributes.type ?? ''),
      weight: typeof attributes.weight === 'number' ? attributes.weight : undefined,
      attributes,
    }),
  });
}
