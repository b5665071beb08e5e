import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { parseQueryFile } from '../../src/queries/library.ts';
import { coerceParams, inferParamTypes, parseParamPairs } from '../../src/queries/params.ts';

const query = parseQueryFile(
  '/q/typed.cypher',
  [
    '// name: typed',
    '// description: One parameter of each type.',
    '// param: id string -- Required.',
    '// param: hops integer = 2 -- Integer.',
    '// param: min float = 0.5 -- Float.',
    '// param: all boolean = false -- Boolean.',
    '// param: from date = null -- Date.',
    '// param: types string[] = [] -- List.',
    '// returns: table',
    'RETURN $id, $hops, $min, $all, $from, $types',
  ].join('\n'),
);

describe('coerceParams', () => {
  it('coerces strings by the declared types and fills defaults', () => {
    expect(coerceParams(query, { id: 'x', hops: '3', min: '0.25', all: 'true', from: '2022-01-05', types: 'ARRESTED, ACCUSED' })).toEqual({
      id: 'x',
      hops: neo4j.int(3),
      min: 0.25,
      all: true,
      from: '2022-01-05',
      types: ['ARRESTED', 'ACCUSED'],
    });
    expect(coerceParams(query, { id: 'x' })).toEqual({ id: 'x', hops: neo4j.int(2), min: 0.5, all: false, from: null, types: [] });
  });

  it('accepts already-typed JSON values', () => {
    expect(coerceParams(query, { id: 'x', hops: 1, all: true, types: ['A'] })).toMatchObject({ hops: neo4j.int(1), all: true, types: ['A'] });
  });

  it('says which parameter is wrong and what it expects', () => {
    expect(() => coerceParams(query, { id: 'x', hops: '2.5' })).toThrow('query typed: parameter "hops" expects a whole number, e.g. 2, got "2.5".');
    expect(() => coerceParams(query, { id: 'x', min: 'lots' })).toThrow(/"min" expects a number/);
    expect(() => coerceParams(query, { id: 'x', all: 'yes' })).toThrow(/"all" expects true or false/);
    expect(() => coerceParams(query, { id: 'x', from: '05/01/2022' })).toThrow(/"from" expects a date written YYYY-MM-DD/);
    expect(() => coerceParams(query, { id: 'x', from: '2022-13-45' })).toThrow(/"from" expects a date/);
    // Date.parse would take it (as 2 March): the one calendar check refuses it.
    expect(() => coerceParams(query, { id: 'x', from: '2022-02-30' })).toThrow(/"from" expects a date/);
    expect(() => coerceParams(query, {})).toThrow(/"id" \(string\) is required/);
    expect(() => coerceParams(query, { id: 'x', depth: '1' })).toThrow(/unknown parameter "depth"; its parameters are: id, hops/);
  });
});

describe('command-line parameters', () => {
  it('splits name=value pairs at the first =', () => {
    expect(parseParamPairs(['q=a=b', 'hops=2'])).toEqual({ q: 'a=b', hops: '2' });
    expect(() => parseParamPairs(['hops'])).toThrow(/should read name=value/);
  });

  it('infers types for ad-hoc queries: JSON values keep theirs, whole numbers become Neo4j integers', () => {
    expect(inferParamTypes({ n: '2', x: '0.5', ok: 'true', ids: '[1,"a"]', name: 'Putin' })).toEqual({
      n: neo4j.int(2),
      x: 0.5,
      ok: true,
      ids: [neo4j.int(1), 'a'],
      name: 'Putin',
    });
  });
});

describe('actor and relation[] parameters', () => {
  const picked = parseQueryFile(
    '/q/picked.cypher',
    [
      '// name: picked',
      '// description: Actor and relation types.',
      '// param: who actor -- Actor.',
      '// param: kinds relation[] = [] -- Kinds.',
      '// returns: table',
      'RETURN $who, $kinds',
    ].join('\n'),
  );

  it('takes an actor id as a string and relation types as a list', () => {
    expect(coerceParams(picked, { who: 'vladimir-putin', kinds: 'PRAISED,MET' })).toEqual({ who: 'vladimir-putin', kinds: ['PRAISED', 'MET'] });
  });

  it('refuses a relation type not written like one', () => {
    expect(() => coerceParams(picked, { who: 'x', kinds: 'PRAISED,drop database' })).toThrow(/"kinds" expects relation type names/);
  });
});
