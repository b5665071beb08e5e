import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQueryLibrary, parseQueryFile } from '../../src/queries/library.ts';

const HEADER = ['// name: demo', '// description: A demo query.', '// param: hops integer = 2 -- Hops.', '// returns: table'];
const parse = (lines: string[]) => parseQueryFile('/q/demo.cypher', lines.join('\n'));

describe('the shipped query library', () => {
  it('loads every query the viewer and the docs rely on', () => {
    const library = loadQueryLibrary();
    const names = ['search', 'ego', 'shortest-paths', 'who-did-what', 'timeline', 'most-connected', 'article', 'evidence', 'neighbours', 'co-mentions'];
    for (const name of [...names, 'graph', 'actor', 'article-evidence', 'evidence-per-day', 'revision']) {
      expect(library.has(name), name).toBe(true);
    }
    const hops = library.get('ego')?.params.find((param) => param.name === 'hops');
    expect(hops).toEqual({ name: 'hops', type: 'integer', default: 2, description: 'Relation hops from the actor, 1 to 3.' });
    expect(library.get('evidence')?.params.find((param) => param.name === 'type')).not.toHaveProperty('default');
  });
});

describe('parseQueryFile', () => {
  it('reads name, description, typed params with defaults and the result kind', () => {
    const query = parse([...HEADER, 'RETURN $hops AS hops']);
    expect(query).toMatchObject({ name: 'demo', description: 'A demo query.', returns: 'table', params: [{ name: 'hops', type: 'integer', default: 2 }] });
  });

  it('reads an optional title (the query name without one) and the actor and relation[] types', () => {
    expect(parse([...HEADER, 'RETURN $hops']).title).toBe('demo');
    const params = ['// param: who actor -- Who.', '// param: kinds relation[] = [] -- Kinds.'];
    const query = parse([HEADER[0]!, '// title: A demo', HEADER[1]!, ...params, HEADER[3]!, 'RETURN $who, $kinds']);
    expect(query.title).toBe('A demo');
    expect(query).not.toHaveProperty('serves');
    expect(parse([HEADER[0]!, HEADER[1]!, '// serves: the demo panel', ...HEADER.slice(2), 'RETURN $hops']).serves).toBe('the demo panel');
    expect(query.params.map((param) => param.type)).toEqual(['actor', 'relation[]']);
  });

  it('names file and line of a bad header line', () => {
    const badType = [HEADER[0]!, HEADER[1]!, '// param: hops int = 2 -- Hops.', HEADER[3]!, 'RETURN $hops'];
    expect(() => parse(badType)).toThrow(/\/q\/demo\.cypher:3: parameter "hops" has type "int"/);
    expect(() => parse([HEADER[0]!, '// descripton: typo', 'RETURN 1'])).toThrow(/demo\.cypher:2: unknown header key "descripton"/);
    expect(() => parse([HEADER[0]!, HEADER[1]!, '// param: hops integer = two -- Hops.', HEADER[3]!, 'RETURN $hops'])).toThrow(/:3: the default of "hops"/);
  });

  it('requires the header fields and a file named after the query', () => {
    expect(() => parse([HEADER[0]!, HEADER[1]!, 'RETURN 1'])).toThrow(/no "\/\/ returns: …" line/);
    expect(() => parseQueryFile('/q/other.cypher', [...HEADER, 'RETURN $hops'].join('\n'))).toThrow(/name the file demo\.cypher/);
  });

  it('checks that declared and used parameters match', () => {
    expect(() => parse([...HEADER, 'RETURN $hops, $depth'])).toThrow(/uses \$depth but the header declares no "param: depth/);
    expect(() => parse([...HEADER, 'RETURN 1'])).toThrow(/"hops" is declared but the query never uses \$hops/);
  });

  it('loads a directory and rejects a broken file in it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-queries-'));
    writeFileSync(join(dir, 'demo.cypher'), [...HEADER, 'RETURN $hops'].join('\n'));
    expect([...loadQueryLibrary(dir).keys()]).toEqual(['demo']);
    writeFileSync(join(dir, 'broken.cypher'), 'MATCH (n) RETURN n');
    expect(() => loadQueryLibrary(dir)).toThrow(/broken\.cypher:1: the header has no "\/\/ name: …"/);
  });
});
