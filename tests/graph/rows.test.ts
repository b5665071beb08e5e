import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { buildDocumentRows, relationshipProperties, type StoredEvidence } from '../../src/graph/rows.ts';
import { ARTICLE_1, ARTICLE_2, FIXTURE_RELATION_TYPES, twoArticleDocument } from './fixtures/two-articles.ts';

describe('buildDocumentRows', () => {
  const rows = buildDocumentRows(twoArticleDocument(), FIXTURE_RELATION_TYPES);
  const [first, second] = rows.contributions;

  it('groups mentions and evidence by the article they come from', () => {
    expect(first?.article.id).toBe(ARTICLE_1);
    expect(first?.evidence.map((row) => row.relKey)).toEqual(['kassym-jomart-tokayev|COMMUNICATED_WITH|vladimir-putin', 'kassym-jomart-tokayev|REQUESTED_AID|csto']);
    expect(second?.evidence.map((row) => row.type)).toEqual(['COMMUNICATED_WITH', 'DISMISSED']);
    expect([...second!.actorIds].sort()).toEqual(['karim-masimov', 'kassym-jomart-tokayev', 'protesters', 'vladimir-putin']);
  });

  it('stores counts and offsets as Neo4j integers and the ontology codes with the relation properties', () => {
    const call = first!.evidence[0]!;
    expect([call.start, call.end, call.triggerStart]).toEqual([neo4j.int(0), neo4j.int(47), neo4j.int(8)]);
    expect(first!.mentions[0]!.count).toEqual(neo4j.int(2));
    expect(JSON.parse(call.properties)).toEqual({ cameo: '04', kind: 'phone', quadClass: 1 });
  });

  it('falls back to the article date for evidence without its own', () => {
    expect(second!.evidence[1]!.date).toBe('2022-01-08');
  });

  it('indexes folded names so transliterations meet', () => {
    expect(rows.actors.get('kassym-jomart-tokayev')?.props.searchNames).toEqual(expect.arrayContaining(['kassym jomart tokayev', 'toqaev', 'tokaev']));
  });

  it('rejects references to unknown actors and articles, naming the relation', () => {
    const doc = twoArticleDocument();
    doc.relations[0]!.target = 'nobody';
    expect(() => buildDocumentRows(doc)).toThrow(/relation kassym-jomart-tokayev\|COMMUNICATED_WITH\|nobody refers to actor "nobody"/);
    const other = twoArticleDocument();
    other.mentions.push({ article: 'missing', actor: 'csto', count: 1 });
    expect(() => buildDocumentRows(other)).toThrow(/cites article "missing"/);
  });
});

describe('relationshipProperties', () => {
  const evidence = (article: string, date: string | null, confidence: number, properties: object): StoredEvidence => ({
    article,
    start: 0,
    date,
    confidence,
    properties: JSON.stringify(properties),
  });

  it('aggregates weight, articles, first and last dates and the highest confidence', () => {
    const props = relationshipProperties('a|LEADS|b', [
      evidence('y', '2022-01-07', 0.6, { role: 'chair' }),
      evidence('x', '2022-01-05', 0.9, { role: 'deputy' }),
      evidence('y', null, 0.5, {}),
    ]);
    expect(props).toEqual({
      relKey: 'a|LEADS|b',
      role: 'chair',
      weight: neo4j.int(3),
      articles: ['x', 'y'],
      firstSeen: '2022-01-05',
      lastSeen: '2022-01-07',
      confidence: 0.9,
    });
  });

  it('leaves dates null when no evidence is dated and makes the quad class an integer', () => {
    const props = relationshipProperties('a|ARRESTED|b', [evidence('x', null, 0.7, { cameo: '17', quadClass: 4 })]);
    expect([props.firstSeen, props.lastSeen, props.quadClass]).toEqual([null, null, neo4j.int(4)]);
  });
});
