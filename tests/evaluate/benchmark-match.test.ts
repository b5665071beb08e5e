// The benchmark matcher on hand-built documents: which gold relations count, and when an
// extracted relation says one — per evidence sentence, by span or by an equal name, with
// labels that join several relation types (HOLDS_ROLE/LEADS).
import { describe, expect, it } from 'vitest';
import type { Actor, Evidence, GraphDocument, Relation } from '../../src/document/types.ts';
import { countedGold, scoreBenchmark, type BenchmarkDocument, type BenchmarkRelation } from '../../src/evaluate/benchmarks/match.ts';
import { textArticle } from '../../src/evaluate/text-article.ts';

const TEXT = 'Ann met Bob. Cid met Dan. Eve visited Príncipe.';

/** A document over TEXT whose entities are single mentions named by their words. */
function documentOf(relations: BenchmarkRelation[]): BenchmarkDocument {
  const article = textArticle('doc', TEXT, { file: 'test' });
  const entities = new Map(
    ['Ann', 'Bob', 'Cid', 'Dan', 'Eve', 'Príncipe'].map((word) => {
      const start = TEXT.indexOf(word);
      return [word, [{ start, end: start + word.length, text: word }]];
    }),
  );
  return { article, entities, relations };
}

const span = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });
/** One evidence sentence; spans given as the words they cover, `null` for a side without a span. */
const said = (source: string | null, target: string | null): Evidence => ({
  article: 'doc',
  start: 0,
  end: TEXT.length,
  text: TEXT,
  ...(source ? { sourceSpan: span(source) } : {}),
  ...(target ? { targetSpan: span(target) } : {}),
});
const relation = (source: string, type: string, target: string, evidence: Evidence[]): Relation => ({
  source,
  type,
  target,
  properties: {},
  date: null,
  confidence: 1,
  evidence,
});
const actor = (id: string, name: string, aliases: string[] = []): Actor => ({ id, name, type: 'Person', aliases, status: 'candidate' });
const graph = (relations: Relation[], actors: Actor[] = []): GraphDocument => ({ articles: [], actors, relations, mentions: [] });
const gold = (agent: string | null, type: string, patient: string, unordered = false): BenchmarkRelation => ({ agent, type, patient, unordered });
const only = (...types: string[]) => new Map(types.map((type) => [type, new Set([type])]));

describe('countedGold', () => {
  it('drops a `*`-agent relation the document also has with a named agent, and keeps the others', () => {
    const counted = countedGold([gold('Ann', 'ARRESTED', 'Bob'), gold(null, 'ARRESTED', 'Bob'), gold(null, 'ARRESTED', 'Cid')], new Set());
    expect(counted).toEqual([gold('Ann', 'ARRESTED', 'Bob'), gold(null, 'ARRESTED', 'Cid')]);
  });

  it('drops a lone participant `*` when it meets someone named, at either end', () => {
    const relations = [
      gold('Ann', 'COMMUNICATED_WITH', 'Bob', true),
      gold(null, 'COMMUNICATED_WITH', 'Ann', true),
      gold(null, 'COMMUNICATED_WITH', 'Eve', true),
    ];
    expect(countedGold(relations, new Set()).map(({ agent, patient }) => `${agent}-${patient}`)).toEqual(['Ann-Bob', 'null-Eve']);
  });

  it('keeps a directed `*` whose patient is only the agent elsewhere', () => {
    const relations = [gold('Bob', 'ARRESTED', 'Cid'), gold(null, 'ARRESTED', 'Bob')];
    expect(countedGold(relations, new Set())).toHaveLength(2);
  });

  it('counts a symmetric label written in both directions once', () => {
    const counted = countedGold([gold('Ann', 'COMMUNICATED_WITH', 'Bob'), gold('Bob', 'COMMUNICATED_WITH', 'Ann')], new Set(['COMMUNICATED_WITH']));
    expect(counted).toEqual([gold('Ann', 'COMMUNICATED_WITH', 'Bob', true)]);
  });
});

describe('scoreBenchmark', () => {
  it('takes source and target from one evidence sentence, not from two', () => {
    const document = documentOf([gold('Ann', 'ARRESTED', 'Dan')]);
    // Ann → Bob in one sentence and Cid → Dan in another never say Ann → Dan.
    const extraction = graph([relation('x', 'ARRESTED', 'y', [said('Ann', 'Bob'), said('Cid', 'Dan')])]);
    expect(scoreBenchmark([document], extraction, only('ARRESTED')).micro).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    const right = graph([relation('x', 'ARRESTED', 'y', [said('Ann', 'Bob'), said('Ann', 'Dan')])]);
    expect(scoreBenchmark([document], right, only('ARRESTED')).micro).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('a side stands on the words of its sentence or on the earlier mention they point back to', () => {
    const document = documentOf([gold('Ann', 'ARRESTED', 'Dan')]);
    // "Cid met Dan": "Cid" stands for Ann here (a pronoun would), and Ann was named in the first sentence.
    const pointingBack = { ...said('Cid', 'Dan'), sourceAntecedent: span('Ann') };
    expect(scoreBenchmark([document], graph([relation('x', 'ARRESTED', 'y', [pointingBack])]), only('ARRESTED')).micro).toMatchObject({ tp: 1 });
    expect(scoreBenchmark([document], graph([relation('x', 'ARRESTED', 'y', [said('Cid', 'Dan')])]), only('ARRESTED')).micro).toMatchObject({ tp: 0 });
  });

  it('places a side without a span by an equal name or alias only', () => {
    const document = documentOf([gold('Eve', 'HOLDS_ROLE', 'Príncipe')]);
    // "São Tomé and Príncipe" ends with the island's name but is another entity.
    const country = [actor('eve', 'Eve'), actor('stp', 'São Tomé and Príncipe')];
    const wrong = graph([relation('eve', 'HOLDS_ROLE', 'stp', [said('Eve', null)])], country);
    expect(scoreBenchmark([document], wrong, only('HOLDS_ROLE')).micro).toMatchObject({ tp: 0, fp: 1 });
    const island = [actor('eve', 'Eve'), actor('principe', 'Príncipe Island', ['Principe'])];
    const right = graph([relation('eve', 'HOLDS_ROLE', 'principe', [said('Eve', null)])], island);
    expect(scoreBenchmark([document], right, only('HOLDS_ROLE')).micro).toMatchObject({ tp: 1, fp: 0 });
  });

  it('a `*` agent takes any source, but the patient must be the target of a directed type', () => {
    const document = documentOf([gold(null, 'ARRESTED', 'Bob')]);
    const forward = graph([relation('x', 'ARRESTED', 'y', [said('Eve', 'Bob')])]);
    expect(scoreBenchmark([document], forward, only('ARRESTED')).micro).toMatchObject({ tp: 1, fp: 0 });
    const backward = graph([relation('x', 'ARRESTED', 'y', [said('Bob', 'Eve')])]);
    expect(scoreBenchmark([document], backward, only('ARRESTED')).micro).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('scores the types of one label as one: LEADS matches, HOLDS_ROLE and LEADS of one pair are one extraction', () => {
    const document = documentOf([gold('Ann', 'HOLDS_ROLE/LEADS', 'Bob'), gold('Cid', 'HOLDS_ROLE/LEADS', 'Dan')]);
    const types = new Map([['HOLDS_ROLE/LEADS', new Set(['HOLDS_ROLE', 'LEADS'])]]);
    const extraction = graph([
      relation('ann', 'HOLDS_ROLE', 'bob', [said('Ann', 'Bob')]),
      relation('ann', 'LEADS', 'bob', [said('Ann', 'Bob')]),
      relation('cid', 'LEADS', 'dan', [said('Cid', 'Dan')]),
    ]);
    const score = scoreBenchmark([document], extraction, types);
    expect([...score.byType.keys()]).toEqual(['HOLDS_ROLE/LEADS']);
    expect(score.micro).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('a symmetric type extracted in both directions is one extraction', () => {
    const document = documentOf([gold('Ann', 'COMMUNICATED_WITH', 'Bob', true)]);
    const extraction = graph([
      relation('ann', 'COMMUNICATED_WITH', 'bob', [said('Ann', 'Bob')]),
      relation('bob', 'COMMUNICATED_WITH', 'ann', [said('Bob', 'Ann')]),
    ]);
    expect(scoreBenchmark([document], extraction, only('COMMUNICATED_WITH')).micro).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});
