/**
 * Builds query results from driver records: a graph (graphology's serialised
 * format) from every node, relationship and path a record holds, or a table of
 * plain values. Both stop at a cap and say so with `truncated`.
 */
import neo4j, { type Node, type Path, type Record as Neo4jRecord, type Relationship } from 'neo4j-driver';
import type { SerializedGraph } from 'graphology-types';
import { toPlain } from '../graph/plain.ts';

export type GraphResult = { kind: 'graph'; graph: SerializedGraph; truncated: boolean };
export type TableResult = { kind: 'table'; columns: string[]; rows: Record<string, unknown>[]; truncated: boolean };
export type QueryResult = GraphResult | TableResult;

/** Node properties that serve the database (search, rankings) rather than the reader. */
const HIDDEN_NODE_PROPERTIES = new Set(['id', 'searchNames', 'degree', 'weightedDegree']);

/** Accumulates nodes and edges from records until `limit` nodes or edges. */
export class GraphResultBuilder {
  private readonly nodes = new Map<string, { key: string; attributes: Record<string, unknown> }>();
  private readonly nodeKeys = new Map<string, string>();
  private readonly relationships = new Map<string, Relationship>();
  truncated = false;

  constructor(private readonly limit: number) {}

  /** Adds what `record` holds; returns false once the cap is reached (the record may be partly added). */
  add(record: Neo4jRecord): boolean {
    for (const value of record.values()) this.collect(value);
    return !this.truncated;
  }

  private collect(value: unknown): void {
    if (this.truncated || value === null || typeof value !== 'object') return;
    if (neo4j.isNode(value as never)) this.addNode(value as Node);
    else if (neo4j.isRelationship(value as never)) this.addRelationship(value as Relationship);
    else if (neo4j.isPath(value as never)) {
      const path = value as Path;
      this.addNode(path.start);
      for (const segment of path.segments) {
        this.addNode(segment.end);
        this.addRelationship(segment.relationship);
      }
    } else if (Array.isArray(value)) value.forEach((item) => this.collect(item));
    else if (!neo4j.isInt(value)) Object.values(value).forEach((item) => this.collect(item));
  }

  private addNode(node: Node): void {
    if (this.nodeKeys.has(node.elementId)) return;
    if (this.nodes.size >= this.limit) {
      this.truncated = true;
      return;
    }
    const properties = toPlain(node.properties) as Record<string, unknown>;
    const isActor = node.labels.includes('Actor');
    const key = isActor ? String(properties.id) : `${node.labels[0]}:${String(properties.id ?? node.elementId)}`;
    const attributes = Object.fromEntries(Object.entries(properties).filter(([name]) => !HIDDEN_NODE_PROPERTIES.has(name)));
    if (!isActor) attributes.kind = node.labels[0];
    this.nodeKeys.set(node.elementId, key);
    this.nodes.set(key, { key, attributes });
  }

  private addRelationship(relationship: Relationship): void {
    if (this.relationships.has(relationship.elementId)) return;
    if (this.relationships.size >= this.limit) {
      this.truncated = true;
      return;
    }
    this.relationships.set(relationship.elementId, relationship);
  }

  /** The serialised graph; edges whose endpoints were not returned (or were cut) are left out. */
  build(): GraphResult {
    const edges: SerializedGraph['edges'] = [];
    for (const relationship of this.relationships.values()) {
      const source = this.nodeKeys.get(relationship.startNodeElementId);
      const target = this.nodeKeys.get(relationship.endNodeElementId);
      if (source === undefined || target === undefined) continue;
      const { relKey, ...properties } = toPlain(relationship.properties) as Record<string, unknown>;
      edges.push({
        key: typeof relKey === 'string' ? relKey : relationship.elementId,
        source,
        target,
        attributes: { type: relationship.type, ...properties },
      });
    }
    return {
      kind: 'graph',
      graph: {
        options: { type: 'directed', multi: true, allowSelfLoops: true },
        attributes: {},
        nodes: [...this.nodes.values()],
        edges,
      },
      truncated: this.truncated,
    };
  }
}

/** Accumulates rows of plain values until `limit` rows. */
export class TableResultBuilder {
  private readonly rows: Record<string, unknown>[] = [];
  private columns: string[] = [];
  truncated = false;

  constructor(private readonly limit: number) {}

  /** Sets the columns (known from the result header even when there are no rows). */
  setColumns(columns: string[]): void {
    this.columns = columns;
  }

  /** Adds one row; returns false once the cap is reached. */
  add(record: Neo4jRecord): boolean {
    if (this.rows.length >= this.limit) {
      this.truncated = true;
      return false;
    }
    this.rows.push(Object.fromEntries(record.keys.map((key) => [String(key), toPlain(record.get(key))])));
    return true;
  }

  build(): TableResult {
    return { kind: 'table', columns: this.columns, rows: this.rows, truncated: this.truncated };
  }
}
