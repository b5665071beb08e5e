/**
 * Shared loader for the project's YAML files (actor catalog, ontology, …): parses with
 * the `yaml` package, validates with a zod schema and reports every problem as
 * `file:line: path: message`, so a user can jump straight to the offending entry.
 * Guards against hostile input (alias bombs, huge files, absurd nesting): such files
 * produce a KgError, never a crash or a hang.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAlias, isCollection, isPair, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { KgError } from '../errors.ts';
import { describeIssue, formatPath } from './describe-issue.ts';

export interface YamlOptions {
  /** Largest accepted document, in characters; larger files are refused before parsing. */
  maxBytes: number;
  /** Most alias expansions (`*anchor`) allowed while building the data (billion-laughs guard). */
  maxAliasCount: number;
  /** Deepest accepted nesting of mappings and sequences. */
  maxDepth: number;
  /** Most problems listed in one error; the rest are counted. */
  maxIssues: number;
}

export const YAML_DEFAULTS: YamlOptions = { maxBytes: 5_000_000, maxAliasCount: 100, maxDepth: 64, maxIssues: 20 };

/** One problem found in a YAML file, located by the property path of the offending value. */
export interface YamlIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** A validated YAML file; keeps the parsed document so later checks can report lines too. */
export interface ParsedYaml<T> {
  file: string;
  data: T;
  /** 1-based line of the value at `path`, or of its closest ancestor present in the file. */
  lineOf(path: readonly PropertyKey[]): number;
  /** `file:line: path: message` for one issue. */
  describe(issue: YamlIssue): string;
  /** Throws a KgError listing the issues (see {@link yamlError}). */
  fail(issues: readonly YamlIssue[]): never;
}

/**
 * Builds the KgError for a list of located problems (`file:line: …` strings): one problem
 * is the whole message; several get a header with their count, capped at `maxIssues`.
 */
export function yamlError(file: string, problems: readonly string[], maxIssues = YAML_DEFAULTS.maxIssues): KgError {
  if (problems.length === 1) return new KgError(`${problems[0]}\nFix the file and run again.`);
  const shown = problems.slice(0, maxIssues).map((line) => `  ${line}`);
  if (problems.length > maxIssues) shown.push(`  … and ${problems.length - maxIssues} more`);
  return new KgError(`${file}: ${problems.length} problems, fix them and run again:\n${shown.join('\n')}`);
}

/**
 * Parses YAML `text` (read from `file`, used in messages only) and validates it with
 * `schema`. Throws a KgError naming file, line and column of a syntax error, or listing
 * every schema issue as `file:line: path: message`.
 */
export function parseYaml<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  options: Partial<YamlOptions> = {},
): ParsedYaml<z.output<S>> {
  const { maxBytes, maxAliasCount, maxDepth, maxIssues } = { ...YAML_DEFAULTS, ...options };
  if (text.length > maxBytes) {
    throw new KgError(`${file}: file is larger than ${maxBytes} characters; split it or check it is the right file.`);
  }
  const lineCounter = new LineCounter();
  // logLevel 'error': the yaml package would otherwise print warnings (e.g. about collection keys) on stderr.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;

  if (doc.errors.length > 0) {
    // The parser reports a stack overflow once per open level: one message is enough.
    const overflow = doc.errors.find((error) => /call stack/i.test(error.message));
    const problems = (overflow ? [overflow] : doc.errors).map((error) => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      const message = overflow
        ? `nesting is deeper than ${maxDepth} levels`
        : `YAML syntax error: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
      return `${file}:${line}:${col}: ${message}`;
    });
    throw yamlError(file, problems, maxIssues);
  }
  const tooDeep = findTooDeep(doc, maxDepth);
  if (tooDeep) {
    throw yamlError(file, [`${file}:${lineAt(tooDeep.range![0])}: nesting is deeper than ${maxDepth} levels`], maxIssues);
  }

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount });
  } catch (error) {
    throw new KgError(`${file}: cannot expand YAML aliases (${(error as Error).message}); remove the anchors/aliases.`);
  }

  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      if (node && typeof node === 'object' && 'range' in node && node.range) return lineAt((node as Node).range![0]);
    }
    return 1;
  };
  const describe = (issue: YamlIssue): string => {
    const where = formatPath(issue.path);
    return `${file}:${lineOf(issue.path)}: ${where ? `${where}: ` : ''}${issue.message}`;
  };
  const fail = (issues: readonly YamlIssue[]): never => {
    throw yamlError(file, issues.map(describe), maxIssues);
  };

  const result = schema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    fail(
      result.error.issues.map((issue) => ({
        // Point unknown keys at the key itself rather than at the mapping that holds it.
        path: issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path,
        message: describeIssue(issue),
      })),
    );
  }
  return { file, data: result.data as z.output<S>, lineOf, describe, fail };
}

/** Reads `path` and runs {@link parseYaml} on it; a missing or unreadable file is a KgError too. */
export function loadYamlFile<S extends z.ZodType>(
  path: string,
  schema: S,
  options: Partial<YamlOptions> = {},
): ParsedYaml<z.output<S>> {
  const maxBytes = options.maxBytes ?? YAML_DEFAULTS.maxBytes;
  let text: string;
  try {
    if (statSync(path).size > maxBytes) {
      throw new KgError(`${path}: file is larger than ${maxBytes} bytes; split it or check it is the right file.`);
    }
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof KgError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new KgError(`${path}: cannot read the file (${reason}); check the path.`);
  }
  return parseYaml(text, path, schema, options);
}

/** The first collection nested deeper than `maxDepth`, found without recursion. */
function findTooDeep(doc: Document, maxDepth: number): Node | undefined {
  const stack: Array<[unknown, number]> = [[doc.contents, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isCollection(node) || isAlias(node)) continue;
    if (depth > maxDepth) return node;
    for (const item of node.items) {
      if (isPair(item)) stack.push([item.key, depth + 1], [item.value, depth + 1]);
      else stack.push([item, depth + 1]);
    }
  }
  return undefined;
}
