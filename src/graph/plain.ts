/**
 * Converts values returned by neo4j-driver into plain JSON values: integers to
 * numbers (strings beyond 2^53), temporal values to ISO strings, nodes and
 * relationships to their properties, lists and maps recursively.
 */
import neo4j from 'neo4j-driver';

/** The plain (JSON-serialisable) form of a value read from Neo4j. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (isTemporal(value)) return String(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (isGraphElement(value)) return toPlain(value.properties);
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

function isGraphElement(value: unknown): value is { properties: Record<string, unknown> } {
  return neo4j.isNode(value as never) || neo4j.isRelationship(value as never);
}
