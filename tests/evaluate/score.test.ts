import { describe, expect, it } from 'vitest';
import type { Actor, GraphDocument, Relation } from '../../src/document/types.ts';
import type { GoldArticle } from '../../src/evaluate/gold.ts';
import { countsOf, scoreDocument, symmetricTypesOf } from '../../src/evaluate/score.ts';

const person = (id: string, name: string, status: Actor['status'] = 'catalog', aliases: string[] = []): Actor => ({
  id,
  name,
  type: 'Person',
  aliases,
  status,
});

const relation = (source: string, type: string, target: string, article = 'a1', text = `${source} ${type} ${target}`): Relation => ({
  source,
  type,
  target,
  properties: {},
  date: null,
  confidence: 1,
  evidence: [{ article, start: 0, end: text.length, text, rule: 'test-rule' }],
});

const documentOf = (actors: Actor[], relations: Relation[]): GraphDocument => ({
  articles: [],
  actors,
  relations,
  mentions: actors.map((actor) => ({ article: 'a1', actor: actor.id, count: 1 })),
});

const ann = person('ann', 'Ann');
const bob = person('bob', 'Bob');
const cid = person('cid', 'Cid');

const goldOneArticle: GoldArticle = {
  article: 'a1',
  actors: ['ann', 'bob', 'cid'],
  relations: [
    { source: 'ann', type: 'PRAISED', target: 'bob', sentence: 'Ann praised Bob' },
    { source: 'bob', type: 'COMMUNICATED_WITH', target: 'ann', sentence: 'Bob called Ann' },
    { source: 'cid', type: 'ARRESTED', target: 'bob', sentence: 'Cid arrested Bob' },
  ],
};

describe('countsOf', () => {
  it('computes precision, recall and their harmonic mean', () => {
    const counts = countsOf(2, 2, 6);
    expect(counts.precision).toBe(0.5);
    expect(counts.recall).toBe(0.25);
    expect(counts.f1).toBeCloseTo(1 / 3);
  });

  it('gives 0 rather than NaN when nothing was extracted or expected', () => {
    expect(countsOf(0, 0, 0)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('symmetricTypesOf', () => {
  it('reads the symmetric relation types from the ontology', () => {
    const symmetric = symmetricTypesOf();
    expect(symmetric.has('COMMUNICATED_WITH')).toBe(true);
    expect(symmetric.has('ALLY_OF')).toBe(true);
    expect(symmetric.has('ARRESTED')).toBe(false);
  });
});

describe('scoreDocument', () => {
  it('counts a relation of the wrong direction as one false positive and one false negative', () => {
    const document = documentOf([ann, bob, cid], [relation('bob', 'PRAISED', 'ann')]);
    const result = scoreDocument([{ ...goldOneArticle, relations: goldOneArticle.relations.slice(0, 1) }], document);
    expect(result.byType.get('PRAISED')).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(result.falsePositives).toEqual([
      { article: 'a1', source: 'bob', type: 'PRAISED', target: 'ann', sentence: 'bob PRAISED ann', rule: 'test-rule' },
    ]);
    expect(result.falseNegatives[0]?.sentence).toBe('Ann praised Bob');
  });

  it('matches symmetric types in either order, and only those', () => {
    const document = documentOf([ann, bob], [relation('ann', 'COMMUNICATED_WITH', 'bob')]);
    const gold = [{ ...goldOneArticle, relations: [goldOneArticle.relations[1]!] }];
    const symmetric = scoreDocument(gold, document, { symmetricTypes: new Set(['COMMUNICATED_WITH']) });
    expect(symmetric.byType.get('COMMUNICATED_WITH')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    const directed = scoreDocument(gold, document, { symmetricTypes: new Set() });
    expect(directed.byType.get('COMMUNICATED_WITH')).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('micro-averages over types and reports per-type counts', () => {
    const document = documentOf(
      [ann, bob, cid],
      [relation('ann', 'PRAISED', 'bob'), relation('ann', 'COMMUNICATED_WITH', 'bob'), relation('cid', 'ACCUSED', 'ann')],
    );
    const result = scoreDocument([goldOneArticle], document, { symmetricTypes: new Set(['COMMUNICATED_WITH']) });
    expect([...result.byType.keys()]).toEqual(['ACCUSED', 'ARRESTED', 'COMMUNICATED_WITH', 'PRAISED']);
    expect(result.micro).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(result.micro.f1).toBeCloseTo(2 / 3);
  });

  it('maps an uncatalogued candidate to a gold id through the slug of an alias', () => {
    const general = person('general-talgat', 'General Talgat', 'candidate', ['Talgat’s', 'Talgat']);
    const gold: GoldArticle = {
      article: 'a1',
      actors: ['talgat', 'ann'],
      relations: [{ source: 'talgat', type: 'USED_FORCE', target: 'ann', sentence: 'Talgat attacked Ann' }],
    };
    const result = scoreDocument([gold], documentOf([general, ann], [relation('general-talgat', 'USED_FORCE', 'ann')]));
    expect(result.micro).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(result.actors).toMatchObject({ found: 2, total: 2, missing: [] });
  });

  it('scores each article on the evidence it holds, through the article id mapping', () => {
    const document = documentOf([ann, bob], [relation('ann', 'PRAISED', 'bob', 'sha-of-a2')]);
    const gold: GoldArticle[] = [
      { article: 'a1', actors: [], relations: [{ source: 'ann', type: 'PRAISED', target: 'bob', sentence: 'x' }] },
      { article: 'a2', actors: [], relations: [{ source: 'ann', type: 'PRAISED', target: 'bob', sentence: 'y' }] },
    ];
    const result = scoreDocument(gold, document, { articleIdOf: (stem) => (stem === 'a2' ? 'sha-of-a2' : stem) });
    expect(result.micro).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(result.falseNegatives.map((miss) => miss.article)).toEqual(['a1']);
  });

  it('reports gold actors that were neither mentioned nor related as missing', () => {
    const result = scoreDocument([goldOneArticle], documentOf([ann], []));
    expect(result.actors).toMatchObject({ found: 1, total: 3 });
    expect(result.actors.missing.map((miss) => miss.actor)).toEqual(['bob', 'cid']);
  });
});

describe('scoreDocument actors', () => {
  it('scores Person/Organization/Country/Group actors of the article against the gold actors, places left out', () => {
    const eve = person('eve', 'Eve');
    const almaty: Actor = { id: 'almaty', name: 'Almaty', type: 'Location', aliases: [], status: 'candidate' };
    const result = scoreDocument([goldOneArticle], documentOf([ann, bob, eve, almaty], []));
    // ann, bob found; cid missed; eve is not in the gold; the place does not count.
    expect(result.actors).toMatchObject({ tp: 2, fp: 1, fn: 1, precision: 2 / 3, recall: 2 / 3 });
    expect(result.actors.spurious).toEqual([{ article: 'a1', actor: 'eve' }]);
  });
});
