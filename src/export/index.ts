/** Writes a query result in an export format: GEXF 1.3, GraphML, or JSON (graphology's serialised graph). */
import type { SerializedGraph } from 'graphology-types';
import { writeFileAtomicSync } from '../atomic-write.ts';
import { KgError } from '../errors.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';

export const GRAPH_FORMATS = ['gexf', 'graphml', 'json'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** The text of `graph` in `format`. */
export function writeGraph(graph: SerializedGraph, format: GraphFormat): string {
  if (format === 'gexf') return toGexf(graph);
  if (format === 'graphml') return toGraphml(graph);
  return `${JSON.stringify(graph, null, 2)}\n`;
}

export { toGexf, toGraphml };

/**
 * Writes `text` to `path` through a temporary file renamed into place, so a failed
 * export never leaves a half-written file; without a path, prints it.
 */
export function writeOutput(text: string, path?: string): void {
  if (!path) {
    process.stdout.write(text);
    return;
  }
  try {
    writeFileAtomicSync(path, text);
  } catch (error) {
    throw new KgError(`export: cannot write ${path}: ${(error as Error).message}; check the directory exists and is writable.`, { cause: error });
  }
}
