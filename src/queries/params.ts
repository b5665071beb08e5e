/**
 * Validates the parameters given to a named query and coerces them to what the
 * Cypher expects: strings from the command line or a URL become integers
 * (neo4j.int), floats, booleans, ISO dates, string lists or full-text searches by the declared type;
 * missing ones take their default. Errors say which parameter and what it expects.
 */
import neo4j from 'neo4j-driver';
import { isIsoDate } from '../document/iso-date.ts';
import { KgError } from '../errors.ts';
import { fullTextParam } from './full-text.ts';
import type { NamedQuery, QueryParam } from './library.ts';

/** How relation type names are written (the ontology's names, upper case). */
const RELATION_TYPE = /^[A-Z][A-Z0-9_]*$/;

/** The driver-ready parameters of `query` from `given` (strings or already-typed JSON values). */
export function coerceParams(query: NamedQuery, given: Record<string, unknown>): Record<string, unknown> {
  const declared = new Map(query.params.map((param) => [param.name, param]));
  for (const name of Object.keys(given)) {
    if (!declared.has(name)) {
      const known = query.params.map((param) => param.name).join(', ') || 'none';
      throw new KgError(`query ${query.name}: unknown parameter "${name}"; its parameters are: ${known}.`);
    }
  }
  const params: Record<string, unknown> = {};
  for (const param of query.params) {
    const value = given[param.name];
    if (value === undefined || value === '') {
      if (!('default' in param)) throw new KgError(`query ${query.name}: parameter "${param.name}" (${param.type}) is required: ${param.description}`);
      params[param.name] = coerce(query.name, param, param.default);
    } else {
      params[param.name] = coerce(query.name, param, value);
    }
  }
  return params;
}

function coerce(queryName: string, param: QueryParam, value: unknown): unknown {
  if (value === null) return null;
  const fail = (expected: string): never => {
    throw new KgError(`query ${queryName}: parameter "${param.name}" expects ${expected}, got ${JSON.stringify(value)}.`);
  };
  switch (param.type) {
    case 'string':
    case 'actor':
      if (typeof value !== 'string') fail(param.type === 'actor' ? 'an actor id, e.g. vladimir-putin' : 'a string');
      return value;
    case 'integer': {
      const number = typeof value === 'string' ? Number(value.trim()) : value;
      if (typeof number !== 'number' || !Number.isSafeInteger(number)) fail('a whole number, e.g. 2');
      // Integer parameters are counts, limits, hops and classes; Neo4j would fail on a negative LIMIT mid-query.
      if ((number as number) < 0) fail('a whole number ≥ 0, e.g. 2');
      return neo4j.int(number as number);
    }
    case 'float': {
      const number = typeof value === 'string' ? Number(value.trim()) : value;
      if (typeof number !== 'number' || !Number.isFinite(number) || (typeof value === 'string' && value.trim() === '')) fail('a number, e.g. 0.5');
      return number;
    }
    case 'boolean':
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      return fail('true or false');
    case 'date':
      if (typeof value !== 'string' || !isIsoDate(value)) fail('a date written YYYY-MM-DD, e.g. 2022-01-05');
      return value;
    case 'fulltext':
      if (typeof value !== 'string') fail('words to search for, e.g. Tokayev');
      return fullTextParam(value as string);
    case 'string[]':
    case 'relation[]': {
      const list = typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter(Boolean) : value;
      if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) fail('a comma-separated list, e.g. ARRESTED,ATTACKED');
      if (param.type === 'relation[]' && (list as string[]).some((item) => !RELATION_TYPE.test(item))) fail('relation type names, e.g. ARRESTED,ATTACKED');
      return list;
    }
  }
}

/** `["hops=2", "name=Tokayev"]` (repeated --param options) → `{hops: "2", name: "Tokayev"}`. */
export function parseParamPairs(pairs: readonly string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const pair of pairs) {
    const equals = pair.indexOf('=');
    if (equals <= 0) throw new KgError(`--param "${pair}" should read name=value, e.g. --param hops=2.`, { exitCode: 2 });
    params[pair.slice(0, equals)] = pair.slice(equals + 1);
  }
  return params;
}

/**
 * Parameters of an ad-hoc query (`kg cypher`), which declares no types: a value that
 * reads as JSON is taken as such (whole numbers as Neo4j integers), anything else is a string.
 */
export function inferParamTypes(given: Record<string, string>): Record<string, unknown> {
  const toDriver = (value: unknown): unknown =>
    typeof value === 'number' && Number.isSafeInteger(value) ? neo4j.int(value) : Array.isArray(value) ? value.map(toDriver) : value;
  return Object.fromEntries(
    Object.entries(given).map(([name, text]) => {
      try {
        return [name, toDriver(JSON.parse(text))];
      } catch {
        return [name, text];
      }
    }),
  );
}
