/**
 * The named query library: one Cypher query per file in queries/*.cypher, described
 * by a header of `// key: value` comment lines that Neo4j Browser ignores:
 *
 *   // name: ego
 *   // title: Network around an actor
 *   // description: The actors up to `hops` relations away from one actor.
 *   // param: hops integer = 2 -- Relation hops, 1 to 3.
 *   // param: id actor = null -- The actor.
 *   // returns: graph
 *
 * `title` (optional) is what the viewer's form shows; `serves: <what>` (optional) marks a
 * query that answers a part of the viewer or the server rather than a person's question
 * (the form leaves it out; the API still runs it). A param without `= default` is
 * required. Types: string, integer, float, boolean, date (YYYY-MM-DD), string[]
 * (comma-separated on the command line), fulltext (words to search names for, passed as
 * `{text, lucene}`: see full-text.ts), actor (an actor id; the viewer offers an actor
 * picker) and relation[] (relation type names, comma-separated; the viewer offers the
 * ontology's types).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError } from '../errors.ts';

export const QUERIES_DIR = fileURLToPath(new URL('../../queries/', import.meta.url));

export const PARAM_TYPES = ['string', 'integer', 'float', 'boolean', 'date', 'string[]', 'fulltext', 'actor', 'relation[]'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

export interface QueryParam {
  name: string;
  type: ParamType;
  /** Absent for required parameters. */
  default?: unknown;
  description: string;
}

export interface NamedQuery {
  name: string;
  /** A short name for people (the viewer's form); the query name when the header has none. */
  title: string;
  /** What the query answers for the viewer or server (`// serves: …`), when it is not meant for the form. */
  serves?: string;
  description: string;
  params: QueryParam[];
  returns: 'graph' | 'table';
  /** The whole file, header included: Cypher ignores the comments. */
  text: string;
  file: string;
}

export type QueryLibrary = Map<string, NamedQuery>;

const HEADER_LINE = /^\/\/\s*(\w+):\s*(.*)$/;
const PARAM_LINE = /^(\w+)\s+(\w+\[\]|\w+)(?:\s*=\s*(.+?))?\s+--\s+(.+)$/;

/** Reads and validates every query file of `dir`; a bad header throws a KgError naming file:line. */
export function loadQueryLibrary(dir: string = QUERIES_DIR): QueryLibrary {
  const library: QueryLibrary = new Map();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.cypher')).sort()) {
    const query = parseQueryFile(join(dir, file), readFileSync(join(dir, file), 'utf8'));
    library.set(query.name, query);
  }
  return library;
}

/** Parses one query file; `file` is used in messages and must be named `<name>.cypher`. */
export function parseQueryFile(file: string, text: string): NamedQuery {
  const fields = new Map<string, string>();
  const params: QueryParam[] = [];
  const lines = text.split('\n');
  let lineNo = 0;
  const fail = (message: string): never => {
    throw new KgError(`query library: ${file}:${lineNo}: ${message}`);
  };
  for (const line of lines) {
    lineNo++;
    const trimmed = line.trim();
    if (!trimmed.startsWith('//')) break;
    const match = HEADER_LINE.exec(trimmed);
    if (!match) continue; // free-text comment lines in the header are allowed
    const [, key, value] = match as unknown as [string, string, string];
    if (key === 'param') {
      const param = parseParam(value, fail);
      if (params.some((other) => other.name === param.name)) fail(`parameter "${param.name}" is declared twice.`);
      params.push(param);
    }
    else if (key === 'name' || key === 'title' || key === 'description' || key === 'returns' || key === 'serves') {
      if (fields.has(key)) fail(`"${key}" is given twice; keep one.`);
      fields.set(key, value.trim());
    } else fail(`unknown header key "${key}"; expected name, title, description, param, returns or serves.`);
  }
  lineNo = 1;
  for (const key of ['name', 'description', 'returns']) {
    if (!fields.get(key)) fail(`the header has no "// ${key}: …" line; add one.`);
  }
  const name = fields.get('name')!;
  if (basename(file) !== `${name}.cypher`) fail(`the query is named "${name}" but the file is ${basename(file)}; name the file ${name}.cypher.`);
  const returns = fields.get('returns')!;
  if (returns !== 'graph' && returns !== 'table') fail(`"returns: ${returns}" must be graph or table.`);
  checkParamsUsed(text, params, fail);
  const title = fields.get('title') ?? name;
  const serves = fields.get('serves');
  const query: NamedQuery = { name, title, description: fields.get('description')!, params, returns: returns as NamedQuery['returns'], text, file };
  return serves ? { ...query, serves } : query;
}

function parseParam(spec: string, fail: (message: string) => never): QueryParam {
  const match = PARAM_LINE.exec(spec.trim());
  if (!match) fail(`"param: ${spec}" should read "param: <name> <type> [= <default>] -- <description>".`);
  const [, name, type, defaultText, description] = match as unknown as [string, string, string, string | undefined, string];
  if (!(PARAM_TYPES as readonly string[]).includes(type)) fail(`parameter "${name}" has type "${type}"; expected one of ${PARAM_TYPES.join(', ')}.`);
  const param: QueryParam = { name, type: type as ParamType, description };
  if (defaultText !== undefined) {
    try {
      param.default = JSON.parse(defaultText);
    } catch {
      fail(`the default of "${name}" (${defaultText}) is not a JSON value; quote strings ("…") and write lists as [].`);
    }
  }
  return param;
}

/** Every `$name` in the body must be declared and every declared parameter used. */
function checkParamsUsed(text: string, params: QueryParam[], fail: (message: string) => never): void {
  const body = text.replace(/\/\/[^\n]*/g, '');
  const used = new Set([...body.matchAll(/\$(\w+)/g)].map((match) => match[1]!));
  const declared = new Set(params.map((param) => param.name));
  for (const name of used) if (!declared.has(name)) fail(`the query uses $${name} but the header declares no "param: ${name} …".`);
  for (const name of declared) if (!used.has(name)) fail(`parameter "${name}" is declared but the query never uses $${name}.`);
}
