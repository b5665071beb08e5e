/**
 * Query parameters as users type them (`kg query --param k=v`, `kg cypher --param`,
 * the API's query string): any text or JSON value is either coerced to the declared
 * type or refused with a KgError naming the parameter; nothing else is ever thrown.
 */
import fc from 'fast-check';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { KgError } from '../../src/errors.ts';
import { loadQueryLibrary } from '../../src/queries/library.ts';
import { coerceParams, inferParamTypes, parseParamPairs } from '../../src/queries/params.ts';

const library = loadQueryLibrary();
const queries = [...library.values()];

/** Strings a user might type: numbers, dates, lists, Cypher, and anything at all. */
const typed = fc.oneof(
  fc.constantFrom('2', '-1', '1e309', '0x10', ' 3 ', 'NaN', 'true', 'TRUE', '2022-02-30', '2022-01-05', 'a,b,,c', "') RETURN 1 //", '{}', '[1,2]', 'null'),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
/** Values as a JSON client could send them. */
const jsonish = fc.oneof(typed, fc.jsonValue({ maxDepth: 2 }));

/** Runs `work`; passes when it returns, and when it throws only if it throws a KgError. */
function expectReturnsOrKgError(work: () => unknown): KgError | undefined {
  try {
    work();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(KgError);
    return error as KgError;
  }
}

describe('coerceParams on arbitrary values', () => {
  it('coerces or refuses with a KgError naming the query and parameter, for every named query', () => {
    fc.assert(
      fc.property(fc.constantFrom(...queries), fc.dictionary(fc.string({ maxLength: 6 }), jsonish, { maxKeys: 3 }), jsonish, (query, extra, value) => {
        const given = { ...extra, ...Object.fromEntries(query.params.map((param) => [param.name, value])) };
        const error = expectReturnsOrKgError(() => coerceParams(query, given));
        if (error) expect(error.message).toContain(`query ${query.name}:`);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives integer parameters only safe whole numbers, as Neo4j integers', () => {
    // Queries with an integer parameter whose other required parameters are strings, so 'x' satisfies them.
    const integerQueries = queries.filter(
      (query) => query.params.some((param) => param.type === 'integer') && query.params.every((param) => 'default' in param || param.type === 'string'),
    );
    expect(integerQueries.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...integerQueries), typed, (query, value) => {
        const param = query.params.find((candidate) => candidate.type === 'integer')!;
        const base = Object.fromEntries(query.params.filter((p) => !('default' in p)).map((p) => [p.name, 'x']));
        let coerced: Record<string, unknown>;
        try {
          coerced = coerceParams(query, { ...base, [param.name]: value });
        } catch (error) {
          expect(error).toBeInstanceOf(KgError);
          return;
        }
        const result = coerced[param.name];
        if (result !== null) expect(neo4j.isInt(result as never)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseParamPairs (--param name=value)', () => {
  it('splits at the first "=" and refuses a pair without a name with a usage error (exit code 2)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }), (pairs) => {
        const error = expectReturnsOrKgError(() => parseParamPairs(pairs));
        if (error) {
          expect(error.exitCode).toBe(2);
          expect(pairs.some((pair) => pair.indexOf('=') <= 0)).toBe(true);
        } else {
          const parsed = parseParamPairs(pairs);
          for (const pair of pairs) expect(pair.slice(0, pair.indexOf('=')) in parsed).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps a value containing "=" and Cypher text verbatim (it is a parameter, never pasted into the query)', () => {
    expect(parseParamPairs(["q=a=b') DETACH DELETE n //"])).toEqual({ q: "a=b') DETACH DELETE n //" });
  });
});

describe('inferParamTypes (kg cypher)', () => {
  it('never throws: text that is not JSON stays a string', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 6 }), typed, { maxKeys: 4 }), (given) => {
        const inferred = inferParamTypes(given);
        expect(Object.keys(inferred).sort()).toEqual(Object.keys(given).sort());
        for (const [name, text] of Object.entries(given)) {
          let json = true;
          try {
            JSON.parse(text);
          } catch {
            json = false;
          }
          if (!json) expect(inferred[name]).toBe(text);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
