/**
 * Converts values returned by neo4j-driver into plain JSON values: integers to
 * numbers (strings beyond 2^53), temporal values to ISO strings, nodes to their
 * properties, relationships to their type and properties, paths to their nodes and
 * relationships, lists and maps recursively.
 */
import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';

/** The plain (JSON-serialisable) form of a value read from Neo4j. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (isTemporal(value)) return String(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value as never)) return toPlain((value as Node).properties);
  if (neo4j.isRelationship(value as never)) return { type: (value as Relationship).type, ...(toPlain((value as Relationship).properties) as object) };
  if (neo4j.isPath(value as never)) {
    const { start, segments } = value as Path;
    return { nodes: [start, ...segments.map((segment) => segment.end)].map(toPlain), relationships: segments.map((segment) => toPlain(segment.relationship)) };
  }
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, toPlain(item)]));
  }
  return value;
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  );
}
