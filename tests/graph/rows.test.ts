import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { buildDocumentRows, mergeStoredCandidate, relationshipProperties, type EvidenceAggregate } from '../../src/graph/rows.ts';
import { ARTICLE_1, FIXTURE_RELATION_TYPES, twoArticleDocument } from './fixtures/two-articles.ts';

describe('buildDocumentRows', () => {
  const rows = buildDocumentRows(twoArticleDocument(), FIXTURE_RELATION_TYPES);
  const [first, second] = rows.contributions;

  it('groups mentions and evidence by the article they come from', () => {
    expect(first?.article.id).toBe(ARTICLE_1);
    expect(first?.evidence.map((row) => row.relKey)).toEqual([
      'kassym-jomart-tokayev|COMMUNICATED_WITH|vladimir-putin',
      'kassym-jomart-tokayev|REQUESTED_AID|csto',
    ]);
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

  it('rejects a mention or an evidence given twice, since the loader creates them', () => {
    const doc = twoArticleDocument();
    doc.mentions.push({ ...doc.mentions[0]! });
    expect(() => buildDocumentRows(doc)).toThrow(/mention of "kassym-jomart-tokayev" in "kz-call" appears twice/);
    const other = twoArticleDocument();
    other.relations[0]!.evidence.push({ ...other.relations[0]!.evidence[0]! });
    expect(() => buildDocumentRows(other)).toThrow(/evidence kassym-jomart-tokayev\|COMMUNICATED_WITH\|vladimir-putin@kz-call:0-47 appears twice/);
  });
});

describe('mergeStoredCandidate', () => {
  const rows = buildDocumentRows(twoArticleDocument(), FIXTURE_RELATION_TYPES);

  it('keeps the stored name of a candidate and adds the new name and aliases as aliases', () => {
    const merged = mergeStoredCandidate(rows.actors.get('protesters')!, { name: 'the protesters', aliases: ['demonstrators'] });
    expect([merged.props.name, merged.props.aliases]).toEqual(['the protesters', ['demonstrators', 'protesters']]);
    expect(merged.props.searchNames).toEqual(expect.arrayContaining(['demonstrators', 'protesters', 'the protesters']));
  });

  it('writes catalog actors as the catalog gives them', () => {
    const tokayev = rows.actors.get('kassym-jomart-tokayev')!;
    expect(mergeStoredCandidate(tokayev, { name: 'Old Name', aliases: ['x'] })).toBe(tokayev);
  });
});

describe('relationshipProperties', () => {
  const aggregate = (properties: object[], overrides: Partial<EvidenceAggregate> = {}): EvidenceAggregate => ({
    weight: 3,
    firstSeen: '2022-01-05',
    lastSeen: '2022-01-07',
    confidence: 0.9,
    properties: properties.map((p) => JSON.stringify(p)),
    ...overrides,
  });

  it('takes each property from the latest property set that has it, and carries the aggregates', () => {
    const props = relationshipProperties('a|LEADS|b', aggregate([{ role: 'chair' }, { role: 'deputy', since: '2019' }]));
    expect(props).toEqual({
      relKey: 'a|LEADS|b',
      role: 'chair',
      since: '2019',
      weight: neo4j.int(3),
      firstSeen: '2022-01-05',
      lastSeen: '2022-01-07',
      confidence: 0.9,
    });
  });

  it('keeps null dates and makes the quad class an integer', () => {
    const props = relationshipProperties('a|ARRESTED|b', aggregate([{ cameo: '17', quadClass: 4 }], { firstSeen: null, lastSeen: null }));
    expect([props.firstSeen, props.lastSeen, props.quadClass]).toEqual([null, null, neo4j.int(4)]);
  });
});
