// The benchmark scorers on hand-made files whose right answer is known: a two-document
// WikiEvents file with coreference and a Re-DocRED document, scored against hand-made
// extractions; the mapping validation; and the messages for malformed benchmark files.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor, Evidence, GraphDocument, Relation } from '../../src/document/types.ts';
import { runBenchmark, scoreBenchmarkFile } from '../../src/evaluate/benchmarks/index.ts';
import { loadReDocRedMapping, loadWikiEventsMapping, scoredTypes } from '../../src/evaluate/benchmarks/mapping.ts';
import { readReDocRed } from '../../src/evaluate/benchmarks/redocred.ts';
import { readInventory, readWikiEvents } from '../../src/evaluate/benchmarks/wikievents.ts';
import type { Article } from '../../src/ingest/index.ts';

const fixture = (path: string) => fileURLToPath(new URL(`fixtures/${path}`, import.meta.url));
const WIKIEVENTS = fixture('wikievents/tiny.jsonl');
const REDOCRED = fixture('redocred/tiny.json');
/** The real development split, for the check of the shipped mapping against its inventory. */
const WIKIEVENTS_DEV = fileURLToPath(new URL('../../../shared/data/benchmarks/wikievents/dev.jsonl', import.meta.url));
if (!existsSync(WIKIEVENTS_DEV) && process.env.CI) throw new Error(`tests/evaluate: ${WIKIEVENTS_DEV} is missing; CI must have ../shared/data.`);

const actor = (id: string, name: string): Actor => ({ id, name, type: 'Person', aliases: [], status: 'candidate' });

/** A relation with one evidence in `article`; spans are given as the words they cover, found in the article text. */
function relation(article: Article, source: string, type: string, target: string, spans?: { source: string; target: string }): Relation {
  const evidence: Evidence = { article: article.id, start: 0, end: article.text.length, text: article.text };
  if (spans) {
    const at = (words: string) => ({ start: article.text.indexOf(words), end: article.text.indexOf(words) + words.length });
    evidence.sourceSpan = at(spans.source);
    evidence.targetSpan = at(spans.target);
  }
  return { source, type, target, properties: {}, date: null, confidence: 1, evidence: [evidence] };
}

const graph = (actors: Actor[], relations: Relation[]): GraphDocument => ({ articles: [], actors, relations, mentions: [] });

describe('WikiEvents', () => {
  it('rebuilds the text from the tokens with their offsets, sentences as paragraphs, mentions as spans of it', () => {
    const [a1] = readWikiEvents(WIKIEVENTS).documents;
    expect(a1!.article.text).toBe('Police arrested Ann Smith.\n\nShe met Bob in Paris.');
    const mentions = [...a1!.entities.values()].flat().map(({ start, end, text }) => [a1!.article.text.slice(start, end), text]);
    expect(mentions).toContainEqual(['She', 'She']);
    expect(mentions).toContainEqual(['Ann Smith', 'Ann Smith']);
  });

  it('turns events into gold relations: roles, coreference, `*` agents; no killer or a building as target gives none', () => {
    const [a1, b1] = readWikiEvents(WIKIEVENTS).documents;
    // Ann Smith and "She" are one cluster, so the meeting is between Ann Smith's entity and Bob.
    expect(a1!.relations).toEqual([
      { agent: 'a1-T1', type: 'ARRESTED', patient: 'a1-T2', unordered: false },
      { agent: 'a1-T2', type: 'COMMUNICATED_WITH', patient: 'a1-T4', unordered: true },
    ]);
    // The attack's target is a town (FAC, no actor); the man died with no killer named.
    expect(b1!.relations).toEqual([{ agent: null, type: 'ARRESTED', patient: 'b1-U4', unordered: false }]);
  });

  it('scores a hand-made extraction: P = 3/5, R = 3/3', async () => {
    const extract = (articles: Article[]): GraphDocument => {
      const [a1, b1] = articles;
      return graph(
        [['police', 'Police'], ['ann-smith', 'Ann Smith'], ['bob', 'Bob'], ['rebels', 'Rebels'], ['town', 'town'], ['cid', 'Cid']].map(([id, name]) =>
          actor(id!, name!),
        ),
        [
          // TP by name: Police / Ann Smith are mention texts.
          relation(a1!, 'police', 'ARRESTED', 'ann-smith'),
          // TP by span: the target stands on "She", which coreference joins to Ann Smith; symmetric type, reversed order.
          relation(a1!, 'bob', 'COMMUNICATED_WITH', 'ann-smith', { source: 'Bob', target: 'She' }),
          // Not scored: WikiEvents cannot express PRAISED.
          relation(a1!, 'ann-smith', 'PRAISED', 'bob'),
          // FP: nobody is said to have killed the man.
          relation(b1!, 'rebels', 'USED_FORCE', 'man', { source: 'Rebels', target: 'man' }),
          // FP: the wrong direction.
          relation(b1!, 'town', 'ARRESTED', 'rebels'),
          // TP: the detention has no jailer, so any source matches.
          relation(b1!, 'rebels', 'ARRESTED', 'cid'),
        ],
      );
    };
    const score = await scoreBenchmarkFile('wikievents', WIKIEVENTS, extract);
    expect(score.micro).toMatchObject({ tp: 3, fp: 2, fn: 0, precision: 0.6, recall: 1 });
    expect(score.byType.get('ARRESTED')).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(score.byType.get('USED_FORCE')).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(score.byType.has('PRAISED')).toBe(false);
  });

  it('pairs gold and extracted relations one to one', async () => {
    const extract = (articles: Article[]) => {
      const a1 = articles[0]!;
      // Two extracted arrests of Ann Smith, one gold arrest: one TP, one FP.
      return graph([actor('police', 'Police'), actor('ann-smith', 'Ann Smith')], [
        relation(a1, 'police', 'ARRESTED', 'ann-smith'),
        relation(a1, 'ann-smith', 'ARRESTED', 'ann-smith', { source: 'Police', target: 'She' }),
      ]);
    };
    const score = await scoreBenchmarkFile('wikievents', WIKIEVENTS, extract);
    expect(score.byType.get('ARRESTED')).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('ends its report with the wikievents: P=… R=… F1=… line', async () => {
    const report = await runBenchmark('wikievents', WIKIEVENTS, () => graph([], []));
    expect(report.split('\n').at(-1)).toBe('wikievents: P=0.00 R=0.00 F1=0.00');
    expect(report).toMatch(/^ARRESTED\s+0\s+0\s+2\s/m);
    expect(report).toMatch(/^micro\s+0\s+0\s+3\s/m);
  });
});

describe('Re-DocRED', () => {
  it('rebuilds the text without spaces before closing punctuation and maps properties with their direction', () => {
    const [doc] = readReDocRed(REDOCRED).documents;
    expect(doc!.article.text).toBe('Ann Smith is a member of the Green Party. Her husband Bob Smith succeeded Cid Jones (1950).');
    // P26 twice (both directions) is one unordered pair; P27 is not mapped.
    expect(doc!.relations).toEqual([
      { agent: '0', type: 'MEMBER_OF', patient: '1', unordered: false },
      { agent: '0', type: 'RELATIVE_OF', patient: '2', unordered: true },
      { agent: '2', type: 'RELATIVE_OF', patient: '0', unordered: true },
      { agent: '2', type: 'SUCCEEDED', patient: '3', unordered: false },
    ]);
  });

  it('scores a hand-made extraction: P = 2/4, R = 2/3', async () => {
    const extract = (articles: Article[]) => {
      const doc = articles[0]!;
      return graph([actor('ann', 'Ann Smith'), actor('greens', 'Green Party'), actor('bob', 'Bob Smith'), actor('cid', 'Cid Jones')], [
        relation(doc, 'ann', 'MEMBER_OF', 'greens'),
        relation(doc, 'bob', 'RELATIVE_OF', 'ann'),
        relation(doc, 'cid', 'SUCCEEDED', 'bob'),
        relation(doc, 'ann', 'HOLDS_ROLE', 'greens'),
        relation(doc, 'bob', 'USED_FORCE', 'cid'),
      ]);
    };
    const score = await scoreBenchmarkFile('redocred', REDOCRED, extract);
    expect(score.goldRelations).toBe(3);
    expect(score.micro).toMatchObject({ tp: 2, fp: 2, fn: 1, precision: 0.5 });
    expect(score.micro.recall).toBeCloseTo(2 / 3);
  });
});

describe('benchmark mappings', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-bench-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  /** A WikiEvents mapping with one rule, written in flow style on line 3. */
  const wikiMapping = (name: string, rule: string) => write(name, `actorEntityTypes: [PER]\nevents:\n  - {${rule}}\n`);

  it('the shipped mappings load: ontology types only', () => {
    expect(loadWikiEventsMapping().data.events.map((rule) => rule.event)).toContain('Justice.ArrestJailDetain');
    expect(loadReDocRedMapping().data.properties.map((rule) => rule.property)).toContain('P39');
  });

  it.skipIf(!existsSync(WIKIEVENTS_DEV))('the shipped WikiEvents mapping names only events and roles of the real meta.json', () => {
    expect(() => loadWikiEventsMapping(undefined, readInventory(WIKIEVENTS_DEV))).not.toThrow();
  });

  it('refuses a relation type the ontology lacks, naming file and line', () => {
    const file = wikiMapping('m.yaml', 'event: Justice.ArrestJailDetain, type: JAILED, agent: [Jailer], patient: [Detainee]');
    expect(() => loadWikiEventsMapping(file)).toThrow(/m\.yaml:3: events\[0\]\.type: "JAILED" is not a relation type/);
  });

  it('refuses roles and event types the benchmark inventory does not know', () => {
    const inventory = readInventory(WIKIEVENTS);
    const role = wikiMapping('role.yaml', 'event: Conflict.Attack, type: USED_FORCE, agent: [Attacker], patient: [Victim]');
    expect(() => loadWikiEventsMapping(role, inventory)).toThrow(/role\.yaml:3: events\[0\]\.patient\[0\]: "Victim" is no role of Conflict\.Attack/);
    const event = wikiMapping('event.yaml', 'event: Conflict.Attak, type: USED_FORCE, patient: [Target]');
    expect(() => loadWikiEventsMapping(event, inventory)).toThrow(/event\.yaml:3: events\[0\]\.event: "Conflict\.Attak" matches no event type/);
  });

  it('refuses a rule with both a patient and participants, and a property mapped twice', () => {
    const both = wikiMapping('both.yaml', 'event: Contact.Contact.Meet, type: COMMUNICATED_WITH, patient: [Participant], participants: [Participant]');
    expect(() => loadWikiEventsMapping(both)).toThrow(/both\.yaml:3: .*give either patient/);
    const twice = write(
      'twice.yaml',
      'properties:\n' +
        '  - {property: P26, label: spouse, type: RELATIVE_OF, direction: either}\n' +
        '  - {property: P26, label: spouse, type: RELATIVE_OF, direction: forward}\n',
    );
    expect(() => loadReDocRedMapping(twice)).toThrow(/twice\.yaml:3: properties\[1\]\.property: P26 is mapped twice/);
  });

  it('scores a list of types as one label, and refuses a type under two labels', () => {
    const shipped = loadReDocRedMapping().data.properties.find((rule) => rule.property === 'P488');
    expect(scoredTypes([shipped!])).toEqual(new Map([['HOLDS_ROLE/LEADS', new Set(['HOLDS_ROLE', 'LEADS'])]]));
    const split = write(
      'split.yaml',
      'properties:\n' +
        '  - {property: P39, label: position held, type: [HOLDS_ROLE, LEADS], direction: forward}\n' +
        '  - {property: P488, label: chairperson, type: LEADS, direction: reverse}\n',
    );
    expect(() => loadReDocRedMapping(split)).toThrow(/split\.yaml:3: properties\[1\]\.type: LEADS is scored both as HOLDS_ROLE\/LEADS and as LEADS/);
  });

  it('a bad mapping stops the benchmark before anything is extracted', async () => {
    const file = write('bad.yaml', 'properties:\n  - {property: P26, label: spouse, type: MARRIED, direction: either}\n');
    let extracted = false;
    const extract = () => {
      extracted = true;
      return graph([], []);
    };
    await expect(scoreBenchmarkFile('redocred', REDOCRED, extract, { mapping: file })).rejects.toThrow(/bad\.yaml:2/);
    expect(extracted).toBe(false);
  });
});

describe('malformed benchmark files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-bench-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The fixture with line 2 replaced, and its coreference file copied next to it. */
  function wikiEventsWith(second: (record: Record<string, unknown>) => unknown, name = 'split.jsonl'): string {
    const lines = readFileSync(WIKIEVENTS, 'utf8').trim().split('\n');
    const changed = second(JSON.parse(lines[1]!) as Record<string, unknown>);
    const file = join(dir, name);
    writeFileSync(file, `${lines[0]}\n${typeof changed === 'string' ? changed : JSON.stringify(changed)}\n`);
    copyFileSync(fixture('wikievents/tiny.coref.jsonlines'), join(dir, name.replace('.jsonl', '.coref.jsonlines')));
    return file;
  }

  it('names file and line of a line that is not JSON, or lacks a field', () => {
    expect(() => readWikiEvents(wikiEventsWith(() => '{"doc_id": '))).toThrow(/split\.jsonl:2: not valid JSON/);
    expect(() => readWikiEvents(wikiEventsWith(({ sentences, ...rest }) => rest))).toThrow(/split\.jsonl:2: sentences: /);
  });

  it('names the document of an argument that points at no mention', () => {
    const file = wikiEventsWith((record) => ({ ...record, entity_mentions: (record.entity_mentions as unknown[]).slice(1) }));
    expect(() => readWikiEvents(file)).toThrow(/split\.jsonl:2 \(b1\): an Conflict\.Attack\.Unspecified argument names mention b1-U1/);
  });

  it('asks for the coreference file when it is not next to the split', () => {
    const file = join(dir, 'alone.jsonl');
    copyFileSync(WIKIEVENTS, file);
    expect(() => readWikiEvents(file)).toThrow(/alone\.coref\.jsonlines not found/);
  });

  it('names the Re-DocRED document whose mention lies outside its sentence', () => {
    const [doc] = JSON.parse(readFileSync(REDOCRED, 'utf8')) as Array<{ vertexSet: Array<Array<{ pos: number[] }>> }>;
    doc!.vertexSet[1]![0]!.pos = [7, 40];
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify([doc]));
    expect(() => readReDocRed(file)).toThrow(/bad\.json: document 1 \("Ann Smith"\): vertexSet\[1\]\[0\] lies outside its sentence/);
    writeFileSync(file, '{"title": "not an array"}');
    expect(() => readReDocRed(file)).toThrow(/bad\.json: expected a non-empty JSON array/);
  });
});
